#!/bin/sh
# examples/demo.sh - load three real council trackers into a rectrack database.
#
# Usage (what `make demo` runs, on a fresh database):
#   RECTRACK=build/rectrack RECTRACK_DB=demo.db sh examples/demo.sh
# The database is $RECTRACK_DB (default demo.db); the program is $RECTRACK
# (default build/rectrack). Run it once on an empty database: a second run
# stops at the first `committee add`, which already exists.
# It writes the tracker's and the plan's HTML pages to $TRACKER_HTML and
# $PLAN_HTML (default demo-tracker.html and demo-plan.html in the current
# folder) and prints what it loaded, the tracker and the plan;
# tests/golden/demo.out is that output, which the demo-golden test compares.
#
# What it loads (transcribed completely, texts verbatim in UTF-8): the first
# paper from examples/pcs-osc-tracker.csv through `rectrack import`, as a
# council arriving with its spreadsheet would; the second, which has actions
# (the flat layout carries none), through the recording commands.
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

# The tracker itself comes as a spreadsheet would: examples/pcs-osc-tracker.csv
# is the paper's three tables in the flat import layout, saved the way Excel
# saves a CSV (byte-order mark, CRLF, quoted cells with line breaks, "15-Nov-24"
# dates, "Partially Accepted", "Update Pending"); the assumptions above are in
# its dates and statuses.
"$RECTRACK" import "$(dirname "$0")/pcs-osc-tracker.csv"

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
# Cherwell District Council: peer review action plan, Quarter 1 2023
# update (seeds/003_4ad3d366e00cd5c1.txt)
# ======================================================================
# The plan groups its recommendations under themes (VISION, SAVINGS, ...):
# each is a numbered recommendation titled and themed with that word.
# ASSUMED: the plan was agreed at a meeting on 2023-03-01 (the paper gives
# no date) and accepted there; the Quarter 1 updates are dated 2023-06-30.
# The recommendations carry no update of their own: their state rolls up
# from their actions (complete when every action is, else in progress).
"$RECTRACK" committee add cherwell-pr "Cherwell District Council Peer Review" \
  --kind peer-review
cw() {	# NUMBER THEME TEXT: a recommendation, accepted; prints its id
	cwid=$("$RECTRACK" rec add --committee cherwell-pr --meeting 2023-03-01 \
	  --item "Peer review action plan" --number "$1" --title "$2" --theme "$2" \
	  --text "$3")
	"$RECTRACK" respond "$cwid" --decision accepted --date 2023-03-01 >/dev/null
}
cwa() {	# DUE OFFICER STATUS TEXT UPDATE: an action of the last recommendation
	cwa_id=$("$RECTRACK" action add --rec "$cwid" --text "$4" --due "$1" \
	  --lead "$2")
	"$RECTRACK" action update "$cwa_id" --status "$3" --date 2023-06-30 \
	  --text "$5" >/dev/null
}
cw 1 VISION "The council needs a compelling vision and narrative for the district post decoupling and the role the council will play in delivering it."
cwa "Q4 22/23 Q1 23/24" "AD Customer Focus" Complete "Agree and deliver a project plan for producing a new Business Plan for 2024 onwards" "The existing corporate priorities remain relevant in driving forward the Council's ambitions and delivering key services for residents. To reflect this and the number of major projects in train to deliver better outcomes for its communities, members took the decision to retain the current Business Plan and to test its relevancy again in 24/25. Work is however already underway to develop the 2024/5 Annual Delivery Plan."
cwa "Q4 22/23 Q1 23/24" "AD Customer Focus" Complete "Embed the Annual Delivery Programme across the council so there is a clear and visible golden thread from corporate vision to everyday service delivery" "The Annual delivery plan priorities (ADP) are embedded in our performance management framework and we report our progress against these on a quarterly basis to Overview and Scrutiny and Executive Committees."
cwa "Q4 22/23" "AD Customer Focus" "In Progress" "Refresh the performance and risk management frameworks and embed them throughout the organisation" "The risk strategy is going to the first Audit, Accounts and Risk Committee of this year, in July for consideration."
cwa "Q1 23/24 – ongoing" "CD Communities; AD for Environment" "In Progress" "Refresh the climate strategy and associated actions plans and continue to embed them across the organisation demonstrating a robust pathway to achieving its net zero ambition." "The Climate Action Management Plan is in draft and is aiming to be completed for Executive review and approval in Q3 of 23/24. Climate action sign off is required on all decision reports and is a standing item on the Place Shaping Board for capital projects."
cwa "Q4 22/23" "AD Customer Focus" Completed "Review and update the existing EDI action plans for delivering the council's commitments set out in its Equalities Framework 'Including Everyone'" "In the spirit of inclusivity a joint councillor working group with members from Personnel and Overview and Scrutiny committees was set up to drive the development of these action plans. Both committees agreed to the working group continuing to review the Council's progress in delivering the plans."
cw 2 SAVINGS "A whole council approach is required to meet the savings needed in the future. Identify what it will do less of in the future and how this will impact on the size of the organisations"
# A due text no form fits is kept as written; the warning it gives is left
# out of the demo's output.
cwa "Q1 23/24 agree plan (Q3 23/24 draft proposal to at least meet 24/25) savings requirement." "AD Customer Focus" Completed "Agree and deliver a Transformation programme that aligns with the MTFS" "The transformation strategy has been agreed and is currently being implemented. Root and branch reviews on Planning and Environmental Services are underway as well as cross cutting reviews of Agency and Overtime Costs and vacancies. We will be able to share the findings and recommendations from these reviews in Q2." 2>/dev/null
cwa "Q4 22/23" "AD for Finance" Completed "Agree the 2024/25 budget process" "CLT have agreed the budget process and a report went to 3rd July Exec for approval."
cw 3 PRIORITISATION "The council needs to prioritise initiatives, which will have a positive impact on the budget, including a review of its assets"
cwa "Q1 23/24 agree priorities" "ADs for Finance and Customer Focus" Completed "To build this into the transformation work" "This is an ongoing process." 2>/dev/null
cw 4 RESOURCES "The council will need to resource and embed sufficient corporate, strategic and performance management capacity to plan, deliver and oversee your substantial transformation journey at pace and provide strategic oversight"
cwa "Q4 22/23 – ongoing" "AD Customer Focus" Completed "Establish the team, resources and governance arrangements needed to deliver the desired outcomes of the Transformation and Prioritisation Programme." "The governance arrangements have been put in place for the Transformation programme. A strategic programmes board and Transformation programme delivery board have been put in place and take place monthly. A delivery team has been assigned to the 3 priority services and resource demands will be monitored to ensure that the programme moves at pace."
cwa "Q4 22/23 – ongoing" "AD for HR" Ongoing "Develop a plan and programme of activities to support staff through the Transformation and Prioritisation Programme." "This will be ongoing throughout the transformation programme"
cwa "Q4 22/23 – Q1 23/24" "AD for legal" Completed "Review our member development and induction programmes and develop an action plan for any improvements identified." "Member Development programme was developed and agreed at Full Council meeting in May 2023." 2>/dev/null
cwa "Q1 22/23" "AD for legal" Completed "Develop the O&S function and ensure its properly resourced." "O&S function is within the Constitution and the Council has a new Scrutiny Lead, Emma Faulkner"
cw 5 REGENERATION "The council has significant regeneration ambitions and recognises the need to invest in its property portfolio. The council now needs this ambition to deliver significant financial returns alongside social and economic objectives."
cwa "Q4 22/23 – ongoing" "AD Growth and Economy" "In Progress" "Communicate the council's vision for Banbury and Bicester, Adopt a Place shaping Strategy for Banbury (non-statutory masterplan) and clarify role in securing future stages." "Stakeholder engagement and consultation processes for Banbury Vision 2050 Programme and Bicester Market Square Project are scheduled for Q3 and Q4."
cwa "Q1 23/24" "AD Growth and Economy" "In Progress" "Create a prospectus for investment in Cherwell" "Initial scoping undertaken for development of prospectus. The Future Oxfordshire Partnership is discussing the development of an Oxfordshire wide Place Narrative which will include the prospectus for investment in Cherwell. CDC are working with OCC on development."
cwa "Q4 22/23 – ongoing" "AD for Planning" "On going" "Ensure planning service can administer continued sustainable growth." "Draft Local Plan goes to Executive in Sept 23."
cw 6 COMMUNICATIONS "Communication will be vital for the next part of the council's journey. Develop a communications and engagement strategy that covers both internal and external communications."
cwa "Q1 23/24" "AD Customer Focus" "In Progress" "Develop and agree a council wide Communications and Marketing Strategy" "We have now recruited Permanent Communications and Marketing Manager so work is now underway"
cw 7 PARTNERSHIPS "Continue to partner appropriately, this is part of your DNA. Being visible and leading where possible, benefits will accrue to the council because of its leadership of partnerships."
cwa "Q1 23/24" "AD for Housing and Wellbeing" Completed "Complete the review of the LSP and the council's strategic partnerships to ensure we continue to partner appropriately." "Review concluded at the end of April. Agreed updated terms of reference and broadening of LSP membership."
cwa "Q1 23/24" "AD for Housing and Wellbeing" Completed "Agree an action plan for delivering any improvements" "Outline forward plan agreed, to include regular updates on Health & Wellbeing; Strategic Place-shaping; UK Shared Prosperity Fund and Community Safety."
cw 8 INFRASTRUCTURE "The council should leverage support from willing districts to align growth plans with Oxfordshire County Council and help secure infrastructure funding. Carefully consider how the council is perceived by Government, is Cherwell an attractive place to invest?"
cwa "Ongoing" "CEO; CD Communities" Ongoing "Establish a clear action plan for the next phase of the \"infrastructure and place- shaping\" relationship with Oxfordshire County Council" "Initial scoping undertaken for development of action plan."
cwa "Ongoing" "CEO and senior leadership team" Ongoing "Reset critical officer and member relations with partners and the business community, including developers) and increase the visibility of other senior leaders across the organisation." "Collaboration with OxLEP (Oxfordshire Local Enterprise Partnership), partners and business community on development of county-wide Strategic Economic Plan. Collaboration work planned with partners for Q2-Q4 on development of Oxfordshire Place Narrative, led by FOP (Future Oxfordshire Partnership)."

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

# The Oxford City action plan as the paper reports it: "October 2024 &
# final update" (seeds/000_ccc342ed804fa0ce.txt).
"$RECTRACK" plan oxford-cpc --as-of 2024-10-31 --format html >"${PLAN_HTML:-demo-plan.html}"
echo
echo "== the Oxford City action plan, October 2024 & final update (also in ${PLAN_HTML:-demo-plan.html})"
"$RECTRACK" plan oxford-cpc --as-of 2024-10-31

# The Cherwell plan as its paper reports it: the Quarter 1 2023 update,
# grouped by theme.
echo
echo "== the Cherwell peer review action plan, Quarter 1 2023 update"
"$RECTRACK" plan cherwell-pr --as-of 2023-06-30
