#!/bin/sh
# examples/demo.sh - load two real council trackers into a rectrack database.
#
# Usage (what `make demo` runs, on a fresh database):
#   RECTRACK=build/rectrack RECTRACK_DB=demo.db sh examples/demo.sh
# The database is $RECTRACK_DB (default demo.db); the program is $RECTRACK
# (default build/rectrack). Run it once on an empty database: a second run
# stops at the first `committee add`, which already exists.
#
# What it loads (transcribed completely, texts verbatim in UTF-8):
#
# 1. Oxfordshire County Council, Performance & Corporate Services Overview &
#    Scrutiny Committee (slug pcs-osc), the tracker paper in
#    seeds/002_431a1652da185838.txt:
#    - Recommendation Tracker: the recommendations of the meetings of
#      15-Nov-24 (Community Asset Transfer Policy and Leases to VCS
#      Organisations 1-3; Commercial Strategy Progress Update 1-5) and
#      17-Jan-25 (Updated Funding and Budget Proposals 2025/26 - 2027/28 1-5),
#      each with Cabinet's decision as written and "See response in item 9";
#    - Action Tracker: "There are no outstanding action items.", so no actions;
#    - Recommendation Update Tracker: the 16 recommendations accepted by
#      Cabinet on 19-Mar-24, 15-Oct-24 and 17-Dec-24, each with its response
#      and its update.
# 2. Oxford City Council, LGA Corporate Peer Challenge (slug oxford-cpc),
#    seeds/000_ccc342ed804fa0ce.txt: the ten recommendations with every action,
#    its due date as written and its status and text at the
#    "October 2024 & final update"; seeds/001_e82404105aa88bb3.txt gives the
#    Cabinet meeting of 13 December 2023 that approved the action plan.
#
# Assumptions (each marked "# ASSUMED" where it is used):
# - pcs-osc, Recommendation Tracker: the paper does not date Cabinet's
#   response ("See response in item 9"); all 13 responses are dated 2025-02-11.
# - pcs-osc, Update Tracker: the paper gives the Cabinet response date but not
#   the committee meeting; each is put at a plausible earlier meeting, a Friday
#   less than two months (the statutory response time) before Cabinet:
#     Cabinet 19-Mar-24 -> meeting 2024-01-26
#     Cabinet 15-Oct-24 -> meeting 2024-09-13
#     Cabinet 17-Dec-24 -> meeting 2024-10-18
# - pcs-osc, Update Tracker: the tracker only lists recommendations Cabinet
#   accepted, so each gets the response "accepted", text "Accepted", dated the
#   Cabinet response date.
# - pcs-osc, Update Tracker updates: a substantive text is status "complete"
#   (the paper's key calls these "Updated"), dated 2025-02-20 (the paper is the
#   tracker for a meeting in early 2025); "Updated during Place OSC on
#   05 February 2025" is "complete" dated 2025-02-05; "Update due April" is
#   "pending", dated 2025-02-20, next update due 2025-04-30 (April 2025).
# - pcs-osc: unnumbered recommendations (Capital Asset Disposal Process,
#   Employee Engagement Survey, City Centre Accommodation Strategy, Community
#   Wealth Building and Wider Social Value) are numbered 1, 2, ... in the
#   order the paper lists them under their item.
# - pcs-osc: a row's lead applies to the following rows of the same item that
#   have none; the paper names no lead for Commercial Strategy Progress
#   Update, so those five have none.
# - pcs-osc: texts the paper splits across page breaks are joined with one
#   space; the <p>, </p>, <u>, </u> markup is removed and paragraphs are
#   separated by a blank line. The Employee Engagement Survey update lacks a
#   "c)" label before "That future staff engagement surveys ..."; kept as
#   written, as are the paper's other slips.
# - oxford-cpc: one meeting, 2023-12-13 "Cabinet", item "LGA Corporate Peer
#   Challenge Action Plan"; each recommendation's text is its bullet points,
#   one a line prefixed "- "; its title is the heading; each gets the response
#   "accepted", dated 2023-12-13, "Action plan approved by Cabinet".
# - oxford-cpc: the action updates are dated 2024-10-31 (the paper's column
#   "October 2024 & final update"); "Complete" -> complete, "Ongoing" ->
#   in-progress. Due dates are kept as written; a blank due (and the whole of
#   Recommendation 8, whose table has no due column) gives no --due. The paper
#   names no leads. Word's "[bookmark: ...]" markers and trailing spaces are
#   dropped; line breaks and blank lines inside an update are kept.
# - Actions of oxford-cpc hang off their recommendation (action add --rec).
#
# Totals: 2 committees, 6 meetings, 39 recommendations, 39 responses,
# 16 recommendation updates, 55 actions with 55 action updates.

set -eu

RECTRACK=${RECTRACK:-build/rectrack}
RECTRACK_DB=${RECTRACK_DB:-demo.db}
export RECTRACK_DB

"$RECTRACK" init

# ======================================================================
# Oxfordshire County Council: Performance & Corporate Services Overview &
# Scrutiny Committee (seeds/002_431a1652da185838.txt)
# ======================================================================

"$RECTRACK" committee add pcs-osc "Performance & Corporate Services Overview & Scrutiny Committee" \
  --kind scrutiny --chair "Councillor Eddie Reeves" \
  --officer "Tom Hudson, Principal Scrutiny Officer"

# Meetings. 2024-11-15 and 2025-01-17 are in the paper; the other three are
# ASSUMED (see the header): the committee meetings behind the Cabinet responses
# of 19-Mar-24, 15-Oct-24 and 17-Dec-24.
"$RECTRACK" meeting add pcs-osc 2024-01-26  # ASSUMED
"$RECTRACK" meeting add pcs-osc 2024-09-13  # ASSUMED
"$RECTRACK" meeting add pcs-osc 2024-10-18  # ASSUMED
"$RECTRACK" meeting add pcs-osc 2024-11-15
"$RECTRACK" meeting add pcs-osc 2025-01-17

# ---- Recommendation Tracker ------------------------------------------
# Cabinet's responses are all "See response in item 9"; the paper does not
# date them: 2025-02-11 is ASSUMED.

# 15-Nov-24, Community Asset Transfer Policy and Leases to VCS Organisations
item="Community Asset Transfer Policy and Leases to VCS Organisations"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 1 --lead "Vic Kurzeja" --lead "Michael Smedley" \
  --text "That the Council ensures that local members are involved with next-step discussions with VCS groups and the social value provided by these organisations be considered as part of the discussions.")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
# (text split by a page break in the paper; joined)
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 2 --lead "Vic Kurzeja" --lead "Michael Smedley" \
  --text "That the Council improves communications around empty properties, including: i) sharing with members a clear statement of the aspiration and timeline for disposing of properties listed for disposal, ii) a quarterly report/update summarising recent events and developments with Council land/property ensuring all parties are kept up to date, and iii) regular updates for those residents neighbouring vacant Council properties to keep them up to date with ongoing developments and plans.")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 3 --lead "Vic Kurzeja" --lead "Michael Smedley" \
  --text "That the Council develops processes for sharing with both members and sister organisations in the county, i) lease requests by VCS organisations, ii) land available for VCS leases, and iii) any planned leases.")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date

# 15-Nov-24, Commercial Strategy Progress Update
item="Commercial Strategy Progress Update"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 1 \
  --text "That the Council develops and shares with the committee on a regular basis a more detailed project plan for the Commercial strategy, outlining specific commercial opportunities in development, enabling activity, timelines, targeted savings or expected income generation, risk and RAG ratings")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
# (text split by a page break in the paper; joined)
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 2 \
  --text "That the Council ensures that future iterations of the Strategy clarify how it intends to help the Council make money, how money will be used more efficiently, and how it will be used more effectively.")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 3 \
  --text "That the Council gives consideration to seconding staff to exemplars of good commercial practice to the private sector.")
"$RECTRACK" respond "$id" --decision partially-accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 4 \
  --text "That the Council invests in greater capacity to undertake strategic and mid-contract management of contracts.")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-11-15 --item "$item" \
  --number 5 \
  --text "That the Council includes representatives of Adult Social Care and Children's Social Care on its Commercial Board")
"$RECTRACK" respond "$id" --decision rejected --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date

# 17-Jan-25, Updated Funding and Budget Proposals 2025/26 – 2027/28
item="Updated Funding and Budget Proposals 2025/26 – 2027/28"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2025-01-17 --item "$item" \
  --number 1 --lead "Lorna Baxter" \
  --text "That the increases for school meals are stepped over a longer period")
"$RECTRACK" respond "$id" --decision rejected --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2025-01-17 --item "$item" \
  --number 2 --lead "Lorna Baxter" \
  --text "That the Council budget report provides members with i) the impacts of school meal price rises for parents with two children getting school meals every day over a year (assuming that the full increase in costs are passed on by schools), and ii) and the anticipated savings to the Council made by increasing school meal prices")
"$RECTRACK" respond "$id" --decision partially-accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2025-01-17 --item "$item" \
  --number 3 --lead "Lorna Baxter" \
  --text "That the Council budget report includes a benchmark figure for the cost-avoidance accruing from the Council's proposed flood-prevention investment")
"$RECTRACK" respond "$id" --decision accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2025-01-17 --item "$item" \
  --number 4 --lead "Lorna Baxter" \
  --text "That the Council budget report provides members with the financial impact to the Council of increasing DIY waste charges by 4.2%")
"$RECTRACK" respond "$id" --decision partially-accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date
# (text split by a page break in the paper; joined)
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2025-01-17 --item "$item" \
  --number 5 --lead "Lorna Baxter" \
  --text "That the Council makes clear the framework through which projects will be prioritised for active travel spending, including consideration of the impact on numbers of people walking and cycling as well as the additional benefits of schemes being complementary as part of a network.")
"$RECTRACK" respond "$id" --decision partially-accepted --date 2025-02-11 \
  --text "See response in item 9"  # ASSUMED date

# ---- Action Tracker --------------------------------------------------
# "There are no outstanding action items.": nothing to load.

# ---- Recommendation Update Tracker -----------------------------------
# Meeting dates ASSUMED (see the header); response = Cabinet Response Date;
# substantive updates are "complete" dated 2025-02-20 (ASSUMED).

# Cabinet response 19-Mar-24, Capital Asset Disposal Process (unnumbered in the paper: numbered 1, 2, ... in order)
item="Capital Asset Disposal Process"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 1 --lead "Michael Smedley" \
  --text "That the Council conveys information about potential asset disposals to opposition parties at an earlier point and consults with them over potential uses and helpful community contacts.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "As part of the current disposal process key decisions are sought for significant sales.

Ahead of any disposal officers will consult with the local member, and where appropriate other members, to explore the possible uses of buildings prior to their disposal. The final decision on disposal will remain with the Cabinet advised by officers."  # ASSUMED date

# Cabinet response 19-Mar-24, Employee Engagement Survey (unnumbered in the paper: numbered 1, 2, ... in order)
item="Employee Engagement Survey"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 1 --lead "Cherie Cuthbertson" \
  --text "That the Cabinet monitors the actions and progress made in relation to the measures requested of the Head of Paid Service.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
# (update split by page breaks in the paper; joined)
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "That the Head of Paid Service, along with other relevant officers, undertake the following:

a) That the staff engagement survey is repeated, in full, on an annual basis – This has been the case, but a project has started to investigate an alternative approach to employee engagement surveys which will allow the council to deliver quarterly pulse surveys for greater accuracy and frequency of data.

b) That fuller comparative data is requested from Best Companies of the Council's performance against other local authorities and report against this data accordingly in future – Yes, a NET promotor has been generated through the past survey, this is then compared to other local authorities. This will continue with the new engagement approach, as well as work with the Local Government Employee Engagement Index to obtain greater comparisons to local authorities nationally.

That future staff engagement surveys are able to differentiate between responses from full and part time staff – Yes this will be the case.

d) That questions be added to future surveys over whether staff consider their work to be of value, and whether they feel it is valued. – Yes, this will be included.

e) That work is undertaken to convey the inherent value of staff's work, and the value the organisation places on it. – The new approach to the survey will provide opportunities to gather and assess this information. In addition, there is work underway to review the current approach to recognition within the organisation. Both the engagement survey and recognition projects will work interdependently.

f) That the Council develops measures to understand whether it is achieving its intention to become less hierarchical and more of a matrix-working environment – Yes, the new approach to quarterly pulse surveys will allow the organisation to tailor engagement questions and report more accurately and frequently, providing greater data and insights into how successful the shift to matrix working is progressing.

g) That mechanisms are developed to support and develop psychological safety, whereby junior staff feel enabled to challenge senior staff respectfully or pose alternative courses of action in safety without fear of repercussions and that an additional question is added to the survey relating to this - Yes, the survey will champion anonymity to support psychological safety and provide opportunities for feedback and challenge. This additional question can be added. There are additional strands of work within the Our People and Culture strategy which are focused on supporting psychologically safe culture.

h) That solutions are developed to address the twin needs of moving to a hybrid working model whilst also ensuring that relationships are developed between more junior and senior staff – The survey can be used to target specific questions to provide insights for data-based decision making for solutions, however the agile policy is currently being reviewed as this is a key concern to address within it.

i) That means are developed to allow work which does not deliver value to be dropped, rather than consistently adding to expectations on staff - The introduction of new technologies, combined with shifting the culture to support new ways of working is enabling the assessment of task value and prioritisation activity.

j) That stronger steps are taken to clarify expectations of staff members around working outside standard office hours – This feedback has been taken on board and will be included in the agile policy review.

k) That further work is taken to understand and unlock the skills which the staff members believe are not being utilised – Work has commenced to develop a skills assessment matrix assessing the skills, knowledge and experience of colleagues. In addition, the continuation of the organisational re-design focuses on aligning business needs with colleague skills."  # ASSUMED date

# Cabinet response 19-Mar-24, Social Value
item="Social Value"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 1 --lead "Ian Dyson" \
  --text "That the Council clarifies the objectives it wishes to achieve through its social value policy, choosing measures and weightings which support those objectives.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
# (update split by page breaks in the paper; joined)
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "There is no change to the previously stated practice using the prioritisation and weighting of TOMs. The development of a wider organisational policy is ongoing to ensure a consistent approach to social value across all decision-making processes. This will be a priority when the new Head of Commercial and Procurement joins the council later this year.

There has been training undertaken with contract managers where social value is included in their contracts, focussed on their role in managing and monitoring performance against social value commitments.

Original response update: In the reporting year 2023-24, OCC's suppliers contributed £1,442,894.95 of social value delivery against their commitments."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 2 --lead "Ian Dyson" \
  --text "That the Council investigates how it might develop a more bespoke model of social value, to include consideration of how it might support cooperatives to tender for contracts, and selecting TOMs which truly drive climate action benefits.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
# (update split by page breaks in the paper; joined)
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "A review of the Social Value Policy and operating model is scheduled to be undertaken during 2025/26 as part of the Commercial Transformation Programme. Through the procurement process efforts to engage with all levels of suppliers, including cooperatives, are ongoing to ensure diverse sourcing options. The current social value operating model, through the supplier Social Value Portal, includes climate action as a priority in its delivery plan criteria. This supports suppliers to focus on environmental sustainability in their social value submissions and to contribute to reducing the carbon footprint of their activities.

Original response update: In the reporting year 2023-24, the Jobs Theme saw the highest level of social value delivery, amounting to £1,361,223.22. This was primarily achieved through direct local employment, with 38.25 full-time equivalent (FTE) positions recorded under NT1 and its sub-measures. Additionally, there was a broader commitment to supporting local skills, particularly for young people, through 18 hours of school visits, 6 weeks of training opportunities, and 193.5 hours dedicated to supporting young people into work."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 3 --lead "Ian Dyson" \
  --text "That the Council investigates how it can undertake greater pre-engagement with SMEs and cooperatives to understand the issues faced in securing contracts")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "Through the procurement process the council continues to promote SME engagement and holds regular Buyer Days to address the challenges faced by SMEs and cooperatives in securing contracts."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 4 --lead "Ian Dyson" \
  --text "That the Council provides as part of its response to this recommendation a written outline of the next steps it intends to take develop and finesse its social value policy.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "A full review of the procurement social value policy and operating model is scheduled to be undertaken during 2025/26 as part of the Commercial Transformation Programme. An annual review of the current policy is being undertaken in consultation with services, to consider if changes are required for 2025/26."  # ASSUMED date

# Cabinet response 19-Mar-24, City Centre Accommodation Strategy (unnumbered in the paper: numbered 1, 2, ... in order)
item="City Centre Accommodation Strategy"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 1 --lead "Vic Kurzeja" \
  --text "That the Council produces a vision document and plan, detailing its understanding of 'social value' and 'regeneration', its priorities for place shaping, the opportunities it sees, and the steps it will take to see those priorities realised throughout the implementation of the strategy as part of the report for the Cabinet's next decision on the sales of either County Hall or Speedwell House.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-05 \
  --text "Updated during Place OSC on 05 February 2025"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-01-26 --item "$item" \
  --number 2 --lead "Vic Kurzeja" \
  --text "That the Council has a clear understanding over potential future consolidation of current staff buildings into Speedwell House when determining its floorspace needs.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-03-19 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-05 \
  --text "Updated during Place OSC on 05 February 2025"

# Cabinet response 15-Oct-24, Draft Customer Engagement Strategy
item="Draft Customer Engagement Strategy"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 1 --lead "Louise Tustian" \
  --text "That the Council reviews within the Customer Experience Strategy - and more widely - its use of the word 'customers' as the preferred term to refer to those in receipt of collectively paid-for public services")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "The definition of 'customer' in the strategy has not been updated. The new head of customer experience is planning to do a refresh of the strategy in light of new data, digital and technology strategies and if required, the definition of customer can be discussed. However, the current, broad definition of customer has allowed the strategy to drive delivery of improvements in a number of areas."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 2 --lead "Louise Tustian" \
  --text "That the Council takes further measures to increase public understanding of its financial limitations")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "As per the above, the Customer Experience strategy has retained the page outlining the challenge of balancing an increased demand for services with a reducing budget. The budget simulator mentioned above was published again for 2025/26 and details on views can be shared once available."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 3 --lead "Louise Tustian" \
  --text "That the Council works more closely with district/city and town/parish councils to reduce for residents the impact of the complexity of multiple layers of local authority")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
# (update split by page breaks in the paper; joined)
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "Since publishing, the Improving Customer Experience transformation programme have been in regular contact with colleagues in Oxford City Council who have a similar, citizen engagement strategy. This has led to interesting conversations around how the services could improve sharing of information and redirection of customers. However, more work is needed on working with other district and town councils to develop the same relationship. The automatic redirection of customers who require district or town council services is something on the workplan for wider roll out of the Zoom platform. We will continue to work closely with the policy team who produced the Oxfordshire Councils charter."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 4 --lead "Louise Tustian" \
  --text "That the Council identifies the steps it can reasonably take to extend improvements in service standards to subcontractors.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "The above update still applies. The remit of the customer experience strategy has, so far, been focused on services that interact directly with customers and our internal customer processes. While it is accepted that there are improvements that can be made to the way the council works with subcontractors, this is something that will be supported by the new customer experience service rather than led by it."  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 5 --lead "Louise Tustian" \
  --text "That the Council monitors the effectiveness of its complaints-handling as part of its Customer Experience Strategy.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "The customer complaints and feedback process is a continual work of progress, as we continue to learn from the outcomes. A new case management system will be developed that will allow the team to better track and monitor performance of timeliness and quality of responses to complaints"  # ASSUMED date
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-09-13 --item "$item" \
  --number 6 --lead "Louise Tustian" \
  --text "That the Council includes within its profiles of user groups those who are socioeconomically disadvantaged, and those for whom English is a second or other language.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-10-15 --text "Accepted"
"$RECTRACK" update "$id" --status complete --date 2025-02-20 \
  --text "As above. A wider piece of work between the customer experience service area, IT colleagues and the data service is looking to leverage the increased use of case management to build a holistic view of the customers who use council services. This will allow us to better focus engagement with the user groups mentioned above."  # ASSUMED date

# Cabinet response 17-Dec-24, Community Wealth Building and Wider Social Value (unnumbered in the paper: numbered 1, 2, ... in order)
item="Community Wealth Building and Wider Social Value"
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-10-18 --item "$item" \
  --number 1 --lead "Vic Kurzeja" \
  --text "That the Council works with the Local Government Association to open discussion with central government to clarify s.123 of the Local Government Act 1972.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-12-17 --text "Accepted"
"$RECTRACK" update "$id" --status pending --date 2025-02-20 --due 2025-04-30 \
  --text "Update due April"  # ASSUMED date; April = April 2025
id=$("$RECTRACK" rec add --committee pcs-osc --meeting 2024-10-18 --item "$item" \
  --number 2 --lead "Vic Kurzeja" \
  --text "That the Council consults on its draft update of the CAT policy with Locality Groups.")  # ASSUMED meeting date
"$RECTRACK" respond "$id" --decision accepted --date 2024-12-17 --text "Accepted"
"$RECTRACK" update "$id" --status pending --date 2025-02-20 --due 2025-04-30 \
  --text "Update due April"  # ASSUMED date; April = April 2025


# ======================================================================
# Oxford City Council: LGA Corporate Peer Challenge action plan
# (seeds/000_ccc342ed804fa0ce.txt, "October 2024 & final update"; approved
# by Cabinet on 13 December 2023, seeds/001_e82404105aa88bb3.txt)
# ======================================================================

"$RECTRACK" committee add oxford-cpc "Oxford City Council LGA Corporate Peer Challenge" \
  --kind peer-review
"$RECTRACK" meeting add oxford-cpc 2023-12-13 --title "Cabinet"
item="LGA Corporate Peer Challenge Action Plan"
# Action updates are dated 2024-10-31: ASSUMED, the paper's "October 2024 &
# final update". A blank due date gives no --due.

# Recommendation 1: Co-design shared outcomes
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 1 --title "Co-design shared outcomes" \
  --text "- Convene the city’s anchor institutions to work together in developing shared outcomes and collectively drive how these are delivered and procured.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Launch Oxford West End website – communicating our collective vision")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The new Oxford West End website was launched in January 2024 Home - Oxford West End."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Establish developer-led skills and employment working group, initially for the West End")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Budget has been identified and the Council is now working with Oxford University Developments and other interested developers to scope and establish an approach."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Secure funding through Future Oxfordshire (FOP) Partnership for the Oxfordshire Inclusive Economic Partnership (OIEP) manager to continue progressing work streams")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The OIEP Partnership Manager position is now permanently in the structure."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Continue to participate in the four FOP Advisory groups to shape initiatives and interventions")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Council have senior officer representatives on each group and Member representation across each of the advisory groups."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Engagement with Oxford University Hospitals NHS Foundation Trust in the work they are doing to establish an Anchor Vision and anchor network allied to the OIEP")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Council held set-up discussions with Oxford University Hospitals and Oxfordshire County Council, and the Anchor Network was launched in February 2024 with an initial focus on procurement, employment and climate action."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Use Oxford Strategic Partnership (OSP) and its subgroups - Economic Growth Steering Board (EGSB), Zero Carbon Oxfordshire Partnership (ZCOP) – to inform development of our Corporate Strategy 2024-28")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Corporate Strategy 2024-28 workshop sessions were held with the OSP, EGSB, ZCOP as well as the Oxford Children & Young People’s Partnership, Communities Forum, Parish Councils Forum and other external stakeholders to inform development of the draft Strategy which is now out to public consultation."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Establish a delivery board for the City Centre Action Plan including agreeing terms of reference and members" \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "A cross-sector delivery board is in the process of being established."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Engage in the future of Oxfordshire Local Enterprise Partnership (OxLEP) discussions to ensure the positive partnership working is continued in new model")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Engagement with OxLEP is ongoing in respect of its new structure within the County Council. The Leader remains a Director."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Embed the Delivery and Place Making officer and member partnership meetings to engage on key work streams affecting Oxford")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A meeting cycle has been established and positive meetings are embedded on an ongoing basis."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Develop a Place and Movement Framework for City Centre and Northern Quarter" \
  --due "March 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "The Council are represented on the project board and have joint officer working arrangements on this. The work continues to progress as a joint team between the City and County councils and stakeholder engagement has been taking place to inform the framework. The work is on track for completion for the target date."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Progress Full Business Case (FBC) and Infrastructure Place Study (IPS) to support proposals and investment bids for Cowley Branch Line (CBL)" \
  --due "March 2025 (IPS)")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "A Place framework for CBL is now commissioned and the work is on track for the target completion date."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Complete commission for Oxford Station Masterplan to identify refined options for engagement")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "This work is now complete. Work is being undertaken to embed the findings in other frameworks and strategy and to use the information to seek funding as part of wider lobbying."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Deliver co-location pilot with Oxford University Hospitals (OUH) at Leys Pools & Leisure Centre" \
  --due "April 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "We are continuing to explore long term options with OUH, in particular with regards to their 0-19 services. Our experience is that these conversations take time (given the previous experience with Rose Hill and Barton Community Centres). In addition, we have been weaving in the new build Blackbird Leys Community Centre conversation. Designs have now been finalised ready for planning, but we will continue to also explore space options within the centre. Discussions at the Leys Leisure Centre have been positive and Partners from the Trust have been attending the Council’s weekly co-working day and continue to show a committed interest in colocation and possibly some capital investment into the centre, these have not been finalised at this stage.
Next Steps: Meeting with Active Lifestyles Commissioning Group in October and Leys Youth Hub. Works start in September (which help define spaces available within the site). We are also seeking to pin down Health requirements for any spaces and any funding availability."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Deliver smoking cessation pilot with Oxford University Hospitals NHS Foundation Trust at Barton Leisure Centre.")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Council collaborate with OUH NHS Trust’s Here for Health Team on initiatives like Move Together and You Move referrals, attend healthy hospital events, and contribute to the Chartered Institute for the Management of Sport and Physical Activity Health subgroup.

Ice Creates, commissioned by Oxfordshire County Council, delivers NHS health checks and smoking cessation services, hosting these at the Council's community and leisure centres, and supporting Oxford City Council’s staff wellbeing weeks and Health Promotion events."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Engage with One Public Estate (OPE) team at County to identify further opportunities")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Engagement was completed and is on-going. Potential opportunities have been identified and the Council is working with OPE on securing feasibility funding."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Expand the Zero Carbon Oxford Partnership (ZCOP) to include all District Councils and key non-Oxford based institutions to better align work to deliver zero carbon objectives at city and countywide levels")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The ZCOP Steering Group has approved its expansion to include all Oxfordshire local authorities and non-Oxford based institutions. The Oxfordshire Chief Executives group have endorsed this and work to implement the expansion is now underway"

# Recommendation 2: Prioritisation
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 2 --title "Prioritisation" \
  --text "- Match the Council’s ambitious plans to the resources required for their delivery. Be deliberate about adding and removing projects when something new is added.
- Strategically sequence the council’s projects. Look to upskill and agilely move around staff to resource priorities.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Support stronger prioritisation through review of Corporate Strategy 2024/2028, focusing on things which have biggest impact on delivering against priorities")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A slimmer Corporate Strategy has now been approved by Council for 2024/2028 than the previous 2020/2024 document. It focuses on the key outcomes the Council wishes to achieve."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Ensure new commitments in Medium Term Financial Plan (MTFP) 2024/25 include full assessment of capacity and resources required to deliver")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "New commitments are carefully managed within the narrowing funding envelope of the 2024/28 MTFP, achieving a balanced budget over the four-year period. There is now a commitment to further detailed reviews to achieve targeted cost savings in Communities and ODS from 2025/26 onwards."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Take a more robust approach to stopping or re-profiling projects where capacity needs to be re-prioritised and communicate clearly with members when this needs to happen")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The more robust approach to stopping/re-profiling projects is now embedded. The Cave Street project has stopped. The Town Hall Phase 2 project paused pending additional resources.
An ICT project prioritisation plan was agreed with the Corporate Management Team and Heads of Service."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Corporate PMO to provide flexible resource to support projects")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Funding is included in the agreed Council’s 2024/25 Budget."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Assessment of roles across organisation with transferable skills that could be used more flexibly" \
  --due "March 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "Work has commenced with the creation of an Action Plan responding to the 2024 Employee Engagement Survey including a number of measures to boost personal and career development. Phase 2 in 2025-26 will focus on increasing flexibility around recruitment linking this with opportunity to build skills internally through training/apprenticeships."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "A focused Fit for the Future team post March 2024 will ensure priority change programmes continue")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A permanent team has now been appointed."

# Recommendation 3: Corporate Centre/ Programme management office
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 3 --title "Corporate Centre/ Programme management office" \
  --text "- Ensure there is corporate control on the many projects the Council is progressing.
- Consider making permanent the current PMO structure and invest in the Council’s project management specialists.
- Look to upskill and equip staff with the necessary training for performance and project management.
- A team based within the corporate centre of the organisation should oversee the Council’s multiple projects including the Fit for the Future change projects, savings programme, capital programme and the IT improvements. This will help the council in maintaining a corporate grip on project progress and see developments in the round.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "The well-established Capital PMO, supporting Development Board, will continue, working with the corporate PMO through a matrixed arrangement")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Corporate PMO has been established and is working well with the existing capital PMO."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Budget for a small corporate PMO is within the current Medium Term Financial Plan (MTFP) process")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Budget is within the current MTFP."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Project management skills development will be launched")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Basic Project Management skills training is now available for all colleagues, led by PMO staff. More targeted training will be offered in the autumn."

# Recommendation 4: Performance management
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 4 --title "Performance management" \
  --text "- The Council should refresh its performance management framework in line with the new Council Strategy. This framework should be linked to outcomes.
- The Council should look to use data more intelligently to improve service quality. A consistent performance and data-driven culture needs to be embedded.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Preferred Corporate KPIs selected for reporting against 2024/28 Corporate Strategy")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A full suite of Corporate KPIs and targets for 2024/28 was agreed by Cabinet in September."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Preferred Operational KPIs selected for reporting against to support service delivery" \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "A more focused set of operational KPIs and monitoring framework is being developed for delivery across the Council."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Create performance dashboard and automate using Power BI." \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "New reporting dashboards are being commissioned to enable effective monitoring of KPIs."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "BIU to review use of tools such as Local Government Association Inform across council and raise awareness of data available")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "LG Inform is being used alongside new metrics provided by OFLOG and the Housing & Local Government Ombudsman to guide the Council’s use of data around its operations."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Upweight inclusive economy campaign to better communicate regen and development work across the city and how it is benefiting the city and residents")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A dedicated Communications Officer has been appointed to support Inclusive Economy campaigns and a new upweighted campaign programme is being implemented for the 2024/25 Council year."

# Recommendation 5: Leveraging and communicating the regeneration
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 5 --title "Leveraging and communicating the regeneration" \
  --text "- The Council should continue and go further with its inclusive economy campaign.  Seeking to inform and demonstrate how the exciting regeneration projects can benefit all local residents.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
# The curly quotes are the paper's:
# shellcheck disable=SC1111
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Link to work underway to develop a “Place Narrative” for Oxfordshire, communicating the local benefits of regeneration and development")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Place narrative is now complete and will be used to support future communications and narrative on regeneration projects."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Focus on how we engage our communities in our work on regeneration – to help shape what we are trying to achieve, and get partners / anchor institutions on board with the narrative" \
  --due "March 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "The role of localities managers in regeneration and capital projects are currently under review as part of the broader community services evaluation. This needs to be integrated into the council’s overall priorities and localities work review. This process is ongoing.

In the meantime, Locality Managers and Regeneration Managers continue to work together on major schemes e.g. the former Odeon and BBL Regeneration to engage with community groups and help shape proposals"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Establish a partnership group of developers and landowners to look to co-ordinate and produce a framework for working on Community Employment Planning")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A Skills Working Group as part of the Oxford Economic Steering Board has been set up which will focus on City Skills.  It will be led by Activate Learning and will engage a coalition of the willing developers and others to work to develop this framework. The City Council has put £10,000 of the UKSPF allocation to support this groups work in progressing. The target for initial outcomes will be end of March 2025 but the work will be ongoing beyond that as it will build over time as more of the developers come on board and Community Employment Plans increase."

# Recommendation 6: Organisational structure
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 6 --title "Organisational structure" \
  --text "- When looking at the organisational structure the Council should have an outcome-focused mindset, using its data to drive policy and performance.
- The Council should use its resources flexibly to allow for agility in serving the delivery of projects.
- Recruitment, retention and progression should be at the forefront when considering an organisational structure.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "There is a further £1 million saving within the Medium-Term Financial Plan on management costs. Proposals for the next stage will be brought forwards early 2024 and clearly align structure to outcomes in a sustainable manner." \
  --due "March 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "£400k of the £1.4million target has been delivered.
Options relating to a senior level restructure are being published in the autumn."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Future iterations of our change capacity to continue to utilise internal resource creatively.  Internal progression opportunities are a priority within the People Strategy")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Fit for The Future will continue to utilise internal resource."

# Recommendation 7: Hybrid working / IT infrastructure
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 7 --title "Hybrid working / IT infrastructure" \
  --text "- The Council’s IT systems need to be improved; this is particularly important now most staff are remotely based.
- The Council should look to put on more in-person events and team meetings, providing reasons for staff to come into the office.
- The team principles for hybrid working are important and should be refreshed and emphasised regularly.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Capital budget bids to support improvements to ways of working and our systems are included within this budget round. Provision for improved Wi-Fi connectivity within the Town Hall is funded")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Capital Budget and Medium-Term Financial Plan include the necessary allocations to support the Technology and ICT programmes.
The Town Hall Wi-Fi project is fully funded."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Phase 2 of the Town Hall – set out the long-term vision of the Town Hall facilities and use" \
  --due "December 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "New Project Manager has now started. Project Implementation Document now being drafted and internal bid for feasibility funds being developed."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "OneDrive and SharePoint implementation" \
  --due "March 2025")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "Onedrive implementation has been completed.
A specialist consultant report is awaited regarding the Sharepoint implementation, which will likely be early autumn."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Team priorities quarterly reviews will be encouraged")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Regular communications go out on Team Principles and a Leadership Conversation on Smarter Working included a session on this."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Improved capacity, resilience and development of our ICT support team")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Recruitment to key positions has been positive, with a number of internal promotions and staff moving to permanent contracts. An improvement plan for the service desk has been implemented. The prioritised project plan and Front Door of Change are managing demand, and an ICT Board has been established to coordinate delivery."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Set expectations for in person team meetings for all teams")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Updated guidance has been provided to managers and staff encouraging a regular cycle of in person team meetings and rolling programme to refresh all teams’ Team Principles which set out their working preferences. Large teams given priority booking arrangements for large Town Hall rooms."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Internal communications campaign to promote in person collaboration and ways to bring people together")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "A Leadership conversation (a forum of c100 council managers) was delivered on flexible working. Staff were encouraged to look at ways of working together. Six managers shared what works for their teams to create opportunities for informal interaction and bring people together to build relationships. 70 managers took part in breakout rooms, sharing and discussing their ideas.
Open Door (regular updates with members of the executive team open to all staff) attendances average around 35 and attendance is growing.
Let's Talk (all staff informal briefings) attendance is always over 100.
A full staff conference staff is planned over two days in April 2024 bringing together c650 people face to face, promoting collaborative working across all service areas."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Encourage more visibility in the office of Corporate Management Team (CMT) and heads of Service")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Monthly in-person and locality visits by the Corporate Management Team (CMT) are now a standard practice. Additionally, CMT has introduced ‘Open Door’ sessions to encourage more direct communication. Pilot ‘back to the frontline’ initiatives are also being sought."

# Recommendation 8: Corporate Management Team (CMT) and Cabinet
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 8 --title "Corporate Management Team (CMT) and Cabinet" \
  --text "- Forward plan meetings between the CMT and Cabinet to co-design policy and keep all Cabinet members informed of projects across the Council.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
# (this table has no due-date column)
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Reinstate regular and structured Corporate Management Team and Cabinet briefing meetings")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "This has been done with meetings taking place monthly. The Corporate Management Team also attend the weekly leaders meeting and the full cabinet leader briefing."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Implement one Leader’s Meeting a month as an invite for full Cabinet")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "This is in place and diarised each month."

# Recommendation 9: Member development
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 9 --title "Member development" \
  --text "- In preparing for the May 2024 member induction process, the Council needs to strengthen its training provision for new and existing members.
- Training should also be developed for new and existing Cabinet members.
- An annual Cabinet development day should be considered. In strengthening the member development programme, the Council is building capacity and expertise for the future.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Undertake an audit/ canvas of what training members want/ need" \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "Owing to the general election some of the induction sessions are still outstanding. The full audit will be conducted once the training sessions have completed post summer though feedback is continually being sought and provided by members as they attend the sessions. In addition where there are key topics for the Council the team are promoting LGA sessions to members."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Actively promote training and development opportunities to Members (Local Government Association resources and training) via weekly update")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "LGA training courses and other training opportunities for councillors are routinely communicated to all Members in the weekly update."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Review and redevelopment of the member induction training programme")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The Member induction programme, is ongoing due to the general election causing delay, and is proving very successful. A market stall event for Members was very well received by staff and members alike and we are exploring how we can do further targeted events throughout the municipal year."

# Recommendation 10: The Oxford Model
id=$("$RECTRACK" rec add --committee oxford-cpc --meeting 2023-12-13 --item "$item" \
  --number 10 --title "The Oxford Model" \
  --text "- As with any model of delivery, it is important the Council regularly and systematically assures itself it is getting value for money, quality of service and achievement of its intended outcomes. The Council should look to benchmark itself with other councils with wholly owned companies and consider an independent review to gain assurance on value for money and service quality.
- Ensure there is an alignment between the Council Strategy and the business plans of the wholly owned companies.
- The Council should strengthen its client arrangements. This would then act as a mechanism to prevent the escalation of operational matters to the shareholder.
- The Council should deliver communications and dedicated training for all on the reasons for and the intended benefits of the Oxford Model. This will strengthen the organisation’s understanding of the approach the council has taken.")
"$RECTRACK" respond "$id" --decision accepted --date 2023-12-13 \
  --text "Action plan approved by Cabinet"
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Recruit to permanent strategic commissioning and clienting role" \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "Following an interim placement, we are in the process of recruiting a permanent Commissioning and Clienting Manager.  The postholder will develop and oversee OCC’s C&C arrangements with ODS; support OCC’s service leads to successfully client and deliver commissions; and foster effective working between the OCC and ODS."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Develop and publish an agreed definition of the Oxford Model, identifying shared values and purpose" \
  --due "September 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "An updated definition of the Oxford Model is being finalised for publication on the Council’s website."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Undertake review of commissioning and clienting arrangements and develop strategic framework for commissioning")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "OCC’s commissioning and clienting arrangements for ODS have been reviewed across GF and HRA services.  New arrangements have been developed and will be introduced for the HRA as part of new 5-year investment plans; and for GF services in the April 2025 alongside the completion of the ODS commissioned services review."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Clarify role, responsibilities of Oxford City Council clients as part of appraisal objectives")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "Oxford City Council clients have now been identified for all ODS LATCo services."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Review company governance against recently published LATCo guidance to ensure best practice is embedded")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The review has been undertaken. Scrutiny has been reviewed and we are pending the first few meetings of the new arrangements to see how they are working in practice.
Advance oversight of the decisions coming from the companies has improved and is has meant the existing collaboration with OCC Officers has improved further.
The next stage is around the review of the key documentation. The new chair of the ODS board commences this month so it will be discussed with her in regard to timelines and actions."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Work with ODS and OX Place on development of model to respond to changes in council funding streams" \
  --due "December 2024")
"$RECTRACK" action update "$aid" --status in-progress --date 2024-10-31 \
  --text "ODS Clienting and Budget reviews continue and are interdependent. There is line of sight as to the 2025/2026 ODS budget savings. A work programme is being established to work through longer-term clienting and commissioning objectives. HRA Business Plan review is also progressing."
aid=$("$RECTRACK" action add --rec "$id" \
  --text "Ensure a single budget setting timetable is understood by all parties")
"$RECTRACK" action update "$aid" --status complete --date 2024-10-31 \
  --text "The timetable was communicated to all Heads of Service and Corporate Management Team. The plan was generally achieved on time resulting in a Consultation Budget published in December and the final budget in February."


# The paper reports progress action by action; give each recommendation the
# update the paper implies: complete when all its actions are, else in
# progress, as of the "October 2024 & final update".
"$RECTRACK" rec list --committee oxford-cpc --as-of 2024-10-31 --format tsv |
tail -n +2 | cut -f1 | while read -r id; do
	total=$("$RECTRACK" action list --rec "$id" --as-of 2024-10-31 --format tsv |
	    tail -n +2 | wc -l)
	done=$("$RECTRACK" action list --rec "$id" --as-of 2024-10-31 --format tsv |
	    tail -n +2 | awk -F '\t' '$10 == "complete"' | wc -l)
	if [ "$done" -eq "$total" ]; then status=complete; else status=in-progress; fi
	"$RECTRACK" update "$id" --status "$status" --date 2024-10-31 \
	  --text "October 2024 & final update: $done of $total actions complete."
done

# ======================================================================
# What was loaded
# ======================================================================
echo "== committees"
"$RECTRACK" committee list
echo
echo "== recommendations of pcs-osc"
"$RECTRACK" rec list --committee pcs-osc
echo
echo "== actions of oxford-cpc still open"
"$RECTRACK" query open-actions --committee oxford-cpc
echo
echo "== accepted but update pending, as of 1 March 2025"
"$RECTRACK" query accepted-pending --as-of 2025-03-01

# The tracker for the committee's next meeting.  The paper is that tracker:
# the responses Cabinet gave up to January were reported at the meeting of
# 17 January 2025 (ASSUMED), the rest are new.
"$RECTRACK" tracker pcs-osc --meeting 2025-01-17 --mark-reported >/dev/null
"$RECTRACK" tracker pcs-osc --meeting 2025-03-14 --format html >"${TRACKER_HTML:-demo-tracker.html}"
echo
echo "== the tracker for the meeting of 14 March 2025 (also in ${TRACKER_HTML:-demo-tracker.html})"
"$RECTRACK" tracker pcs-osc --meeting 2025-03-14
