/*
 * gen.c - rt_gen: deterministic data for the rectrack benchmark.
 *
 *   rt_gen [--recs N] [--updates N] [--committees N] [--meetings N]
 *          [--actions N] [--action-updates N] [--seed S]
 *          --flat FILE.csv --sql FILE.sql
 *
 * Writes, from a fixed seed (xorshift64*, so the same arguments always give
 * the same bytes on every machine):
 *
 * - FILE.csv: the flat import layout (README, "Export and import"), one
 *   row per update of a recommendation in the order entered, one row with
 *   empty update columns for a recommendation without updates.  Rows are
 *   grouped by committee, meeting, item, so that importing the file into
 *   an empty database and exporting flat.csv again gives the same bytes
 *   (run.sh checks this on the smoke run).
 * - FILE.sql: what the flat layout cannot carry, as plain INSERT statements
 *   in one transaction (they fire the schema's history and search-index
 *   triggers like any other write): the actions, half on agenda items (a
 *   committee's action tracker), half on recommendations (action plans),
 *   with their leads and updates; then the reports, as if the officer had
 *   run "tracker --mark-reported" at every meeting (a response or a closing
 *   is reported at the committee's first meeting on or after its date).
 *   Load it with: sqlite3 DB < FILE.sql, after "rectrack import FILE.csv".
 *
 * Sizes default to the national scale of the benchmark: 300 committees,
 * 30,000 meetings, 1,000,000 recommendations, 2,500,000 updates (--updates
 * counts them all: 2,300,000 on recommendations, in the flat file, and one
 * on each of the 200,000 actions, --action-updates), 200,000 actions.
 * Given only --recs N, the others scale with it (committees and meetings
 * keep about 3,333 recommendations per committee and 33 per meeting).
 * The older a recommendation or an action, the more likely its latest
 * update is "complete" (90% after three years), and the reports close
 * what was completed, so a committee's tracker shows what a maintained
 * tracker would: recent business and what is still open.
 *
 * Texts are 100 to 1,500 characters (skewed short: 100 + 1400 u v for two
 * uniform u, v, mean about 510), sentences of council words; 5% of them
 * hold a comma, a "quoted phrase" and a line break.  About one word in 500
 * is one of 40 two-word topic phrases ("social value", "asset disposal"),
 * so a phrase search finds a fraction of a percent of the texts, as in
 * real trackers.  Dates run from January 2015 to June 2026.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MIN 100
#define TEXT_MAX 1500

/* ------------------------------------------------------------------ */
/* Random numbers: xorshift64* for the texts, splitmix64 for per-row    */
/* decisions (a hash of the row's index, so two passes agree).          */

static uint64_t rng;

static uint64_t
rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545F4914F6CDD1DULL;
}

static unsigned
rn(unsigned n)
{
	return n == 0 ? 0 : (unsigned)(rnd() % n);
}

static double
ru(void)
{
	return (double)(rnd() >> 11) * (1.0 / 9007199254740992.0);
}

static uint64_t
mix(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

/* ------------------------------------------------------------------ */
/* Dates as day numbers (days since 1970-01-01), civil calendar.        */

static long
days_from_civil(long y, unsigned m, unsigned d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void
civil(long z, int *y, int *m, int *d)
{
	long era, yy;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/*
 * YYYY-MM-DD fits out[11] only for the years 0-9999.  The generator's days
 * all lie within a few decades of today, so a day outside that range is a
 * bug here; saying so beats writing a truncated date into the data (and
 * the check tells the compiler the ranges, which -O3's format-truncation
 * analysis needs).
 */
static const char *
iso(long z, char out[11])
{
	int y, m, d;

	civil(z, &y, &m, &d);
	if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
		fprintf(stderr, "rt_gen: day %ld is outside the years 0-9999\n", z);
		exit(1);
	}
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return out;
}

static int
month_days(int y, int m)
{
	static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return md[m - 1];
}

/* ------------------------------------------------------------------ */
/* Words.                                                               */

static const char *const words[] = {
	"the", "council", "and", "to", "of", "a", "for", "in", "on", "with",
	"services", "residents", "report", "review", "plan", "budget",
	"cabinet", "committee", "officers", "members", "update", "progress",
	"strategy", "policy", "delivery", "performance", "risk", "funding",
	"savings", "housing", "highways", "transport", "schools", "children",
	"adult", "care", "health", "public", "community", "local", "county",
	"district", "partners", "partnership", "contract", "contracts",
	"procurement", "supplier", "suppliers", "market", "capital",
	"revenue", "programme", "project", "projects", "timeline", "milestones",
	"targets", "outcomes", "measures", "indicators", "data", "evidence",
	"consultation", "engagement", "equality", "impact", "assessment",
	"climate", "carbon", "emissions", "energy", "waste", "recycling",
	"libraries", "leisure", "parks", "planning", "development", "growth",
	"economy", "skills", "employment", "training", "workforce", "staff",
	"recruitment", "retention", "vacancies", "agency", "spend", "costs",
	"income", "fees", "charges", "grants", "bids", "reserves", "borrowing",
	"assets", "property", "estate", "buildings", "maintenance", "repairs",
	"digital", "systems", "technology", "website", "customer", "complaints",
	"response", "times", "standards", "quality", "inspection", "audit",
	"governance", "decision", "making", "transparency", "scrutiny",
	"overview", "member", "briefing", "written", "annual", "quarterly",
	"monthly", "regular", "future", "next", "year", "years", "months",
	"including", "ensure", "ensures", "consider", "considers", "explore",
	"explores", "develop", "develops", "improve", "improves", "increase",
	"reduce", "reduces", "provide", "provides", "publish", "publishes",
	"share", "shares", "clear", "detailed", "robust", "realistic",
	"affordable", "sustainable", "effective", "efficient", "timely",
	"targeted", "appropriate", "relevant", "key", "main", "wider", "all",
	"new", "existing", "current", "proposed", "agreed", "additional",
	"further", "specific", "local", "rural", "urban", "vulnerable",
	"families", "young", "people", "older", "carers", "disabled",
	"voluntary", "sector", "organisations", "town", "parish", "councils",
	"neighbouring", "authorities", "government", "national", "regional",
	"guidance", "legislation", "statutory", "duties", "responsibilities",
	"roles", "lead", "leads", "teams", "service", "area", "areas", "as",
	"by", "from", "that", "this", "its", "their", "be", "is", "are",
	"should", "will", "can", "may", "within", "across", "between", "before",
	"after", "during", "where", "when", "how", "which", "who", "what",
};
#define NWORDS (sizeof words / sizeof words[0])

/* Topic phrases: what a search looks for. */
static const char *const phrases[] = {
	"social value", "asset disposal", "contract management",
	"commercial strategy", "climate emergency", "fly tipping",
	"pothole repairs", "school transport", "home care", "mental health",
	"domestic abuse", "youth services", "food poverty", "fuel poverty",
	"air quality", "flood risk", "bus services", "cycle lanes",
	"street lighting", "waste collection", "council tax", "business rates",
	"rough sleeping", "temporary accommodation", "affordable housing",
	"special educational needs", "digital inclusion", "library services",
	"leisure centres", "tree planting", "biodiversity net gain",
	"electric vehicle charging", "broadband rollout", "town centres",
	"anti social behaviour", "safeguarding adults", "care leavers",
	"agency staff", "capital programme", "medium term financial plan",
};
#define NPHRASES (sizeof phrases / sizeof phrases[0])

static const char *const rec_starts[] = {
	"That the Council", "That the Cabinet", "That officers",
	"That the Cabinet Member", "That the Director", "That the Council should",
	"That a briefing", "That the Leader",
};
static const char *const resp_starts[] = {
	"The Cabinet agrees", "Officers will", "This is accepted and",
	"The Council already", "The Cabinet Member will", "Work has begun",
	"This is not accepted because", "The Cabinet notes",
};
static const char *const upd_starts[] = {
	"Work is underway", "A report was taken", "Officers have", "The team has",
	"Progress has been made", "The review found", "Delivery is on track",
	"There has been a delay", "The project board", "Members were briefed",
};
static const char *const act_starts[] = {
	"Officers to", "The Director to", "Circulate to members", "Provide",
	"Arrange a briefing on", "Report back on", "Share the", "Review the",
};

static const char *const topics[] = {
	"Budget Monitoring Report", "Commercial Strategy Progress Update",
	"Highways Asset Management Plan", "Corporate Performance Report",
	"Workforce Report", "Procurement Strategy", "Property Strategy",
	"Climate Action Plan", "Digital Strategy", "Customer Experience",
	"Medium Term Financial Strategy", "Capital Programme Update",
	"Treasury Management", "Risk Register", "Annual Complaints Report",
	"Libraries Review", "Leisure Contract", "Waste Strategy",
	"Local Transport Plan", "Bus Service Improvement Plan",
	"School Place Planning", "Home to School Transport",
	"Special Educational Needs Review", "Children's Services Improvement",
	"Adult Social Care Reform", "Carers Strategy", "Public Health Annual Report",
	"Housing Strategy", "Homelessness Review", "Temporary Accommodation",
	"Economic Development Strategy", "Skills Plan", "Town Centre Regeneration",
	"Flood Risk Management", "Air Quality Action Plan", "Parking Review",
	"Street Lighting Programme", "Broadband Rollout", "Equalities Report",
	"Community Safety Partnership", "Domestic Abuse Strategy",
	"Youth Services Review", "Cost of Living Support", "Social Value Policy",
	"Asset Disposal Programme", "Agency Staff Spend", "Recruitment and Retention",
	"IT Infrastructure", "Data Protection Compliance", "Internal Audit Plan",
	"Governance Review", "Constitution Review", "Member Development",
	"Partnership Working", "Voluntary Sector Funding", "Grants Review",
	"Fees and Charges", "Council Tax Support Scheme", "Business Rates Relief",
	"Planning Enforcement", "Local Plan Update", "Biodiversity Strategy",
	"Tree Strategy", "Electric Vehicle Charging",
};
#define NTOPICS (sizeof topics / sizeof topics[0])

static const char *const areas[] = {
	"north", "south", "east", "west", "central", "mid", "upper", "lower",
	"greater", "coastal", "vale", "forest", "moor", "downs", "fen", "dale",
};
static const char *const kinds[] = {
	"osc", "pcs-osc", "people-osc", "place-osc", "audit", "cabinet",
	"health-osc", "cpc", "resources-osc", "housing-osc",
};

static const char *const first_names[] = {
	"Vic", "Michael", "Sarah", "James", "Emma", "David", "Rachel", "Tom",
	"Helen", "Paul", "Claire", "Mark", "Lucy", "Andrew", "Karen", "Steve",
	"Anna", "Robert", "Jane", "Chris", "Fiona", "Ian", "Sophie", "Gareth",
	"Laura", "Neil", "Joanne", "Simon", "Kate", "Peter", "Nadia", "Omar",
	"Priya", "Raj", "Aisha", "Tariq", "Mei", "Wei", "Olu", "Grace",
};
static const char *const last_names[] = {
	"Kurzeja", "Smedley", "Reeves", "Hudson", "Smith", "Jones", "Taylor",
	"Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
	"Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
	"Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James",
	"Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox",
	"Ward", "Hughes", "Price", "Bennett", "Gray", "Cooper", "King", "Lee",
	"Turner", "Hill", "Scott", "Moore", "Clark", "Baker", "Harris",
};

#define N(a) (sizeof (a) / sizeof (a)[0])

/* ------------------------------------------------------------------ */
/* A growing string.                                                    */

struct buf {
	char *s;
	size_t len, cap;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;

		while (cap < b->len + n + 1)
			cap *= 2;
		if ((b->s = realloc(b->s, cap)) == NULL) {
			perror("rt_gen");
			exit(1);
		}
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void
reset(struct buf *b)
{
	put(b, "", 0);	/* allocates the first time */
	b->len = 0;
	b->s[0] = '\0';
}

/*
 * A text of 100-1,500 characters: sentences that start with one of
 * starts and go on with council words.  special: also a comma, a quoted
 * phrase and a line break (5% of texts).
 */
static void
text(struct buf *b, const char *const *starts, size_t nstarts, int special)
{
	size_t target = TEXT_MIN + (size_t)((TEXT_MAX - TEXT_MIN) * ru() * ru());
	size_t start = b->len, cut;
	int sentence = 0, did_comma = 0, did_quote = 0;

	while (b->len - start < target || (special && (!did_comma || !did_quote ||
	    sentence < 2))) {
		unsigned k, nw = 6 + rn(14);

		if (sentence > 0)
			puts_(b, special && sentence == 1 ? "\n" : " ");
		puts_(b, starts[rn((unsigned)nstarts)]);
		for (k = 0; k < nw; k++) {
			const char *w;

			if (rn(500) == 0)
				w = phrases[rn(NPHRASES)];
			else	/* skewed: the first words are the common ones */
				w = words[(size_t)(NWORDS * ru() * ru())];
			puts_(b, " ");
			if (special && !did_quote && k == 2) {
				puts_(b, "\"");
				puts_(b, w);
				puts_(b, "\"");
				did_quote = 1;
			} else
				puts_(b, w);
			if (special && !did_comma && k == 3) {
				puts_(b, ",");
				did_comma = 1;
			}
		}
		puts_(b, ".");
		sentence++;
	}
	/* Too long (a long last sentence): cut at a space, end the sentence. */
	if (b->len - start > TEXT_MAX) {
		cut = start + TEXT_MAX - 1;
		while (cut > start + TEXT_MIN && b->s[cut] != ' ')
			cut--;
		b->len = cut;
		b->s[b->len] = '\0';
		puts_(b, ".");
	}
}

/* ------------------------------------------------------------------ */
/* Output.                                                              */

static FILE *
open_out(const char *path)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL) {
		fprintf(stderr, "rt_gen: cannot write '%s': %s\n", path,
		    strerror(errno));
		exit(1);
	}
	setvbuf(fp, NULL, _IOFBF, 1 << 20);
	return fp;
}

/* One CSV field, RFC 4180 as rectrack writes it. */
static void
csv(FILE *fp, const char *s, int last)
{
	const char *p;

	if (strpbrk(s, ",\"\r\n") != NULL) {
		fputc('"', fp);
		for (p = s; *p != '\0'; p++) {
			if (*p == '"')
				fputc('"', fp);
			fputc(*p, fp);
		}
		fputc('"', fp);
	} else
		fputs(s, fp);
	fputs(last ? "\r\n" : ",", fp);
}

/* An SQL string literal, or NULL for an empty string. */
static void
sqlstr(FILE *fp, const char *s)
{
	if (s == NULL || *s == '\0') {
		fputs("NULL", fp);
		return;
	}
	fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputc('\'', fp);
		fputc(*s, fp);
	}
	fputc('\'', fp);
}

/* ------------------------------------------------------------------ */
/* The data.                                                            */

struct params {
	long recs, updates, committees, meetings, actions, action_updates;
	uint64_t seed;
	const char *flat, *sql;
};

#define START_DAY days_from_civil(2015, 1, 5)
#define LAST_MEETING days_from_civil(2026, 3, 31)
#define END_DAY days_from_civil(2026, 6, 30)

/* Per-recommendation decisions, from its index alone. */
struct recfate {
	int responded;     /* has a response */
	long rdate;        /* its date */
	int decision;      /* 0 accepted, 1 partially, 2 rejected, 3 noted */
	int has_text;      /* the response has a text */
	int number_letter; /* numbered "3a" rather than "3" */
};

static const char *const decisions[] = {
	"accepted", "partially-accepted", "rejected", "noted"
};

static void
fate(const struct params *p, long i, long mdate, struct recfate *f)
{
	uint64_t h = mix(p->seed ^ ((uint64_t)i * 0x100000001B3ULL));
	unsigned r = (unsigned)(h % 1000);

	f->rdate = mdate + 21 + (long)((h >> 10) % 90);
	f->responded = r >= 25 && f->rdate <= END_DAY;
	r = (unsigned)((h >> 20) % 100);
	f->decision = r < 60 ? 0 : r < 80 ? 1 : r < 90 ? 2 : 3;
	f->has_text = (h >> 30) % 100 < 85;
	f->number_letter = (h >> 40) % 100 < 3;
}

static int
eligible(const struct recfate *f)
{
	return f->responded && f->decision <= 1;
}

/* The structure: committee c's k-th meeting, and who holds which rows. */
struct shape {
	long mpc, extra;   /* meetings per committee, the first extra get one more */
	long step;         /* days between a committee's meetings */
};

static long
meetings_of(const struct shape *s, long c)
{
	return s->mpc + (c < s->extra);
}

static long
meeting_day(const struct shape *s, long c, long k)
{
	long off = s->step > 1 ? (c * 7) % (s->step / 2 + 1) : 0;

	return START_DAY + k * s->step + off;
}

static void
slug(long c, char *out, size_t size)
{
	snprintf(out, size, "%s-%s-%03ld", areas[c % N(areas)],
	    kinds[(c / N(areas)) % N(kinds)], c + 1);
}

static void
lead_names(struct buf *b, unsigned n)
{
	unsigned k;

	for (k = 0; k < n; k++) {
		if (k > 0)
			puts_(b, "; ");
		puts_(b, first_names[rn(N(first_names))]);
		puts_(b, " ");
		puts_(b, last_names[rn(N(last_names))]);
	}
}

/* "Q4 22/23", "March 2025", "Ongoing" or an ISO date, with its meaning. */
static void
due_text(long day, char *txt, size_t size, char date[11])
{
	static const char *const mon[] = {"January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December"};
	int y, m, d, q, fy;
	unsigned kind = rn(10);

	civil(day, &y, &m, &d);
	if (kind < 4) {
		/* Financial year April-March: Q1 Apr-Jun ... Q4 Jan-Mar. */
		fy = m >= 4 ? y : y - 1;
		q = m >= 4 ? (m - 4) / 3 + 1 : 4;
		snprintf(txt, size, "Q%d %02d/%02d", q, fy % 100, (fy + 1) % 100);
		if (q == 4)
			iso(days_from_civil(fy + 1, 3, 31), date);
		else
			iso(days_from_civil(fy, (unsigned)(q * 3 + 3),
			    (unsigned)month_days(fy, q * 3 + 3)), date);
	} else if (kind < 7) {
		snprintf(txt, size, "%s %d", mon[m - 1], y);
		iso(days_from_civil(y, (unsigned)m, (unsigned)month_days(y, m)), date);
	} else if (kind < 9) {
		iso(day, date);
		snprintf(txt, size, "%s", date);
	} else {
		snprintf(txt, size, "Ongoing");
		date[0] = '\0';
	}
}

static const char *
mid_status(void)
{
	unsigned r = rn(100);

	return r < 10 ? "pending" : r < 70 ? "in-progress" : r < 85 ? "delayed" :
	    "in-item";
}

struct gen {
	const struct params *p;
	struct shape s;
	FILE *csv, *sql;
	struct buf rec, lead, resp, upd, act;
	long upd_left, elig_left;     /* updates to hand out, eligible recs left */
	long recact_left, recs_left;  /* rec actions to place, recs left */
	long actupd_left, acts_left;  /* action updates to place, actions left */
	long n_updates, n_actions, n_action_updates, n_rows, n_items, n_special;
	long n_texts;
};

/*
 * The actions draw from a stream of their own, so that the flat file does
 * not change when the actions do.
 */
static uint64_t rng_actions;

static void
action_body(struct gen *g, const char *cslug, const char *mdate, long mday,
    const char *item, const char *number);

/* Emit one action (with its leads and maybe an update) for the item or rec. */
static void
action(struct gen *g, const char *cslug, const char *mdate, long mday,
    const char *item, const char *number)
{
	uint64_t saved = rng;

	rng = rng_actions;
	action_body(g, cslug, mdate, mday, item, number);
	rng_actions = rng;
	rng = saved;
}

static void
action_body(struct gen *g, const char *cslug, const char *mdate, long mday,
    const char *item, const char *number)
{
	char txt[32], date[11], udate[11];
	int special = rn(100) < 5;

	reset(&g->act);
	text(&g->act, act_starts, N(act_starts), special);
	g->n_texts++;
	g->n_special += special;
	due_text(mday + 60 + rn(400), txt, sizeof txt, date);
	fputs("INSERT INTO actions(item_id, recommendation_id, text, due_text, "
	    "due_date) VALUES (", g->sql);
	if (number == NULL) {
		fputs("(SELECT i.id FROM items i JOIN meetings m ON m.id = i.meeting_id "
		    "JOIN committees c ON c.id = m.committee_id WHERE c.slug = ", g->sql);
		sqlstr(g->sql, cslug);
		fputs(" AND m.date = ", g->sql);
		sqlstr(g->sql, mdate);
		fputs(" AND i.title = ", g->sql);
		sqlstr(g->sql, item);
		fputs("), NULL, ", g->sql);
	} else {
		fputs("NULL, (SELECT r.id FROM recommendations r JOIN items i ON "
		    "i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id JOIN "
		    "committees c ON c.id = m.committee_id WHERE c.slug = ", g->sql);
		sqlstr(g->sql, cslug);
		fputs(" AND m.date = ", g->sql);
		sqlstr(g->sql, mdate);
		fputs(" AND i.title = ", g->sql);
		sqlstr(g->sql, item);
		fputs(" AND r.number = ", g->sql);
		sqlstr(g->sql, number);
		fputs("), ", g->sql);
	}
	sqlstr(g->sql, g->act.s);
	fputs(", ", g->sql);
	sqlstr(g->sql, txt);
	fputs(", ", g->sql);
	sqlstr(g->sql, date);
	fputs(");\n", g->sql);
	reset(&g->lead);
	{
		unsigned k, n = 1 + rn(2);

		for (k = 0; k < n; k++) {
			reset(&g->lead);
			lead_names(&g->lead, 1);
			fprintf(g->sql, "INSERT INTO leads(action_id, position, name) "
			    "VALUES ((SELECT max(id) FROM actions), %u, ", k + 1);
			sqlstr(g->sql, g->lead.s);
			fputs(");\n", g->sql);
		}
	}
	g->n_actions++;
	/* Selection sampling: exactly action_updates of the actions get one;
	 * an older action is more often complete. */
	if ((long)rn((unsigned)g->acts_left) < g->actupd_left) {
		long uday = mday + 30 + rn(300), age = END_DAY - mday;
		int pcomplete = age > 3 * 365 ? 90 : age > 365 ? 60 : 25;
		const char *st = (int)rn(100) < pcomplete ? "complete" : mid_status();

		if (uday > END_DAY)
			uday = END_DAY;
		reset(&g->upd);
		special = rn(100) < 5;
		text(&g->upd, upd_starts, N(upd_starts), special);
		g->n_texts++;
		g->n_special += special;
		fputs("INSERT INTO updates(action_id, date, status, text) VALUES "
		    "((SELECT max(id) FROM actions), ", g->sql);
		sqlstr(g->sql, iso(uday, udate));
		fputs(", ", g->sql);
		sqlstr(g->sql, st);
		fputs(", ", g->sql);
		sqlstr(g->sql, g->upd.s);
		fputs(");\n", g->sql);
		g->actupd_left--;
		g->n_action_updates++;
	}
	g->acts_left--;
}

/* One recommendation: its rows of the flat file. */
static void
recommendation(struct gen *g, long i, const char *cslug, long mday,
    const char *mdate, const char *item, unsigned num)
{
	const struct params *p = g->p;
	struct recfate f;
	char number[16], rdate[11], udate[11], udue[11], own_due[11];
	long nupd = 0, k, uday, span, step, age;
	int special, pcomplete;

	fate(p, i, mday, &f);
	if (f.number_letter)
		snprintf(number, sizeof number, "%ua", num);
	else
		snprintf(number, sizeof number, "%u", num);
	reset(&g->rec);
	special = rn(100) < 5;
	text(&g->rec, rec_starts, N(rec_starts), special);
	g->n_texts++;
	g->n_special += special;
	reset(&g->lead);
	if (rn(100) >= 8)
		lead_names(&g->lead, 1 + (rn(100) < 30) + (rn(100) < 10));
	reset(&g->resp);
	if (f.responded && f.has_text) {
		special = rn(100) < 5;
		text(&g->resp, resp_starts, N(resp_starts), special);
		g->n_texts++;
		g->n_special += special;
	}
	if (f.responded)
		iso(f.rdate, rdate);
	else
		rdate[0] = '\0';

	/* How many updates: an adaptive share of what is left, so that the
	 * total is exact; every eligible recommendation gets at least one when
	 * there are enough. */
	if (eligible(&f)) {
		if (g->elig_left <= 1)
			nupd = g->upd_left;
		else {
			double mean = (double)g->upd_left / (double)g->elig_left;
			long lo = g->upd_left >= g->elig_left ? 1 : 0;

			nupd = lo + (long)((2.0 * mean - 2.0 * lo) * ru() + 0.5);
			if (nupd > g->upd_left - lo * (g->elig_left - 1))
				nupd = g->upd_left - lo * (g->elig_left - 1);
			if (nupd < 0)
				nupd = 0;
		}
		g->upd_left -= nupd;
		g->elig_left--;
	}

	/* Own update_due: only on the row of a recommendation without updates. */
	own_due[0] = '\0';
	if (nupd == 0 && rn(100) < 20)
		iso(mday + 120, own_due);

	/* Older recommendations are more often complete. */
	age = END_DAY - mday;
	pcomplete = age > 3 * 365 ? 90 : age > 365 ? 60 : 20;
	uday = f.rdate;
	span = END_DAY - f.rdate;
	step = nupd > 0 ? span / (nupd + 1) : 0;
	if (step < 1)
		step = 1;
	if (nupd == 0) {
		csv(g->csv, cslug, 0);
		csv(g->csv, mdate, 0);
		csv(g->csv, item, 0);
		csv(g->csv, number, 0);
		csv(g->csv, g->rec.s, 0);
		csv(g->csv, g->lead.s, 0);
		csv(g->csv, rdate, 0);
		csv(g->csv, f.responded ? decisions[f.decision] : "", 0);
		csv(g->csv, g->resp.s, 0);
		csv(g->csv, "", 0);
		csv(g->csv, "", 0);
		csv(g->csv, "", 0);
		csv(g->csv, own_due, 1);
		g->n_rows++;
	}
	for (k = 0; k < nupd; k++) {
		const char *status;

		uday += 1 + (long)rn((unsigned)(step > 200 ? 200 : step));
		if (uday > END_DAY)
			uday = END_DAY;
		if (k + 1 == nupd)
			status = (long)rn(100) < pcomplete ? "complete" : mid_status();
		else
			status = mid_status();
		reset(&g->upd);
		special = rn(100) < 5;
		text(&g->upd, upd_starts, N(upd_starts), special);
		g->n_texts++;
		g->n_special += special;
		udue[0] = '\0';
		if (rn(100) < 35)
			iso(uday + 60 + rn(60), udue);
		csv(g->csv, cslug, 0);
		csv(g->csv, mdate, 0);
		csv(g->csv, item, 0);
		csv(g->csv, number, 0);
		csv(g->csv, g->rec.s, 0);
		csv(g->csv, g->lead.s, 0);
		csv(g->csv, rdate, 0);
		csv(g->csv, decisions[f.decision], 0);
		csv(g->csv, g->resp.s, 0);
		csv(g->csv, iso(uday, udate), 0);
		csv(g->csv, status, 0);
		csv(g->csv, g->upd.s, 0);
		csv(g->csv, udue, 1);
		g->n_rows++;
		g->n_updates++;
	}

	/* Selection sampling: exactly recact_left of the recommendations get
	 * an action. */
	if ((long)(rnd() % (uint64_t)g->recs_left) < g->recact_left) {
		action(g, cslug, mdate, mday, item, number);
		g->recact_left--;
	}
	g->recs_left--;
}

/* The agenda item n of a meeting: distinct topics (7 is prime to 64). */
static void
item_title(long base, long n, char *out, size_t size)
{
	size_t t = (size_t)(base + n * 7) % NTOPICS;

	if (n < (long)NTOPICS)
		snprintf(out, size, "%s", topics[t]);
	else
		snprintf(out, size, "%s (part %ld)", topics[t], n / (long)NTOPICS + 1);
}

static void
reports_sql(FILE *fp)
{
	fputs(
"-- Reports, as if 'tracker --mark-reported' had been run at every meeting:\n"
"-- a response is reported at its committee's first meeting on or after\n"
"-- its date, a closing (the latest update, when it is complete) likewise.\n"
"INSERT INTO reports(meeting_id, response_id)\n"
"SELECT mid, id FROM (\n"
"  SELECT x.id, (SELECT m2.id FROM meetings m2 WHERE m2.committee_id = m.committee_id\n"
"                AND m2.date >= x.date ORDER BY m2.date LIMIT 1) AS mid\n"
"  FROM responses x JOIN recommendations r ON r.id = x.recommendation_id\n"
"  JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id)\n"
"WHERE mid IS NOT NULL ORDER BY id;\n"
"INSERT INTO reports(meeting_id, update_id)\n"
"SELECT mid, id FROM (\n"
"  SELECT u.id, (SELECT m2.id FROM meetings m2 WHERE m2.committee_id = m.committee_id\n"
"                AND m2.date >= u.date ORDER BY m2.date LIMIT 1) AS mid\n"
"  FROM recommendations r JOIN items i ON i.id = r.item_id\n"
"  JOIN meetings m ON m.id = i.meeting_id\n"
"  JOIN updates u ON u.id = (SELECT u2.id FROM updates u2 WHERE u2.recommendation_id = r.id\n"
"                            ORDER BY u2.date DESC, u2.id DESC LIMIT 1)\n"
"  WHERE u.status = 'complete')\n"
"WHERE mid IS NOT NULL ORDER BY id;\n"
"INSERT INTO reports(meeting_id, update_id)\n"
"SELECT mid, id FROM (\n"
"  SELECT u.id, (SELECT m2.id FROM meetings m2 WHERE m2.committee_id = m.committee_id\n"
"                AND m2.date >= u.date ORDER BY m2.date LIMIT 1) AS mid\n"
"  FROM actions a LEFT JOIN recommendations r ON r.id = a.recommendation_id\n"
"  JOIN items i ON i.id = coalesce(a.item_id, r.item_id)\n"
"  JOIN meetings m ON m.id = i.meeting_id\n"
"  JOIN updates u ON u.id = (SELECT u2.id FROM updates u2 WHERE u2.action_id = a.id\n"
"                            ORDER BY u2.date DESC, u2.id DESC LIMIT 1)\n"
"  WHERE u.status = 'complete')\n"
"WHERE mid IS NOT NULL ORDER BY id;\n", fp);
}

static void
generate(const struct params *p)
{
	struct gen g;
	long c, k, j = 0, i = 0, elig = 0, item_actions;
	char cslug[80], mdate[11], item[160];

	memset(&g, 0, sizeof g);
	g.p = p;
	g.s.mpc = p->meetings / p->committees;
	g.s.extra = p->meetings % p->committees;
	g.s.step = (LAST_MEETING - START_DAY) / (g.s.mpc + (g.s.extra > 0));
	if (g.s.step < 1) {
		fprintf(stderr, "rt_gen: too many meetings per committee\n");
		exit(2);
	}

	/* Pass 1: how many recommendations will take updates. */
	for (c = 0; c < p->committees; c++)
		for (k = 0; k < meetings_of(&g.s, c); k++, j++) {
			long hi = (long)((double)(j + 1) * p->recs / p->meetings);
			long mday = meeting_day(&g.s, c, k);
			struct recfate f;

			for (; i < hi; i++) {
				fate(p, i, mday, &f);
				elig += eligible(&f);
			}
		}
	g.upd_left = p->updates - p->action_updates;	/* the flat file's */
	g.elig_left = elig;
	g.recact_left = p->actions - p->actions / 2;
	g.recs_left = p->recs;
	g.actupd_left = p->action_updates;
	g.acts_left = p->actions;
	item_actions = p->actions / 2;

	rng = p->seed ? p->seed : 1;
	rng_actions = mix(p->seed ^ 0xAC710A5ULL) | 1;
	g.csv = open_out(p->flat);
	g.sql = open_out(p->sql);
	fputs("committee,meeting_date,item,rec_number,recommendation,lead,"
	    "response_date,response,response_text,update_date,update_status,"
	    "update_text,update_due\r\n", g.csv);
	fputs("-- rt_gen: actions (with leads and updates) and reports, as plain\n"
	    "-- INSERTs in one transaction; they fire the history and search\n"
	    "-- triggers.  Load after 'rectrack import' of the flat file.\n"
	    "BEGIN;\n", g.sql);

	/* Pass 2: the rows. */
	j = 0;
	i = 0;
	for (c = 0; c < p->committees; c++) {
		slug(c, cslug, sizeof cslug);
		for (k = 0; k < meetings_of(&g.s, c); k++, j++) {
			long hi = (long)((double)(j + 1) * p->recs / p->meetings);
			long nitems = 0, base = rn(NTOPICS);
			long want_m = (long)((double)(j + 1) * item_actions / p->meetings) -
			    (long)((double)j * item_actions / p->meetings);
			long mday = meeting_day(&g.s, c, k);

			iso(mday, mdate);
			/* Items of 2-10 recommendations. */
			while (i < hi) {
				long size = 2 + rn(9), r;

				if (size > hi - i)
					size = hi - i;
				item_title(base, nitems, item, sizeof item);
				for (r = 0; r < size; r++, i++)
					recommendation(&g, i, cslug, mday, mdate, item,
					    (unsigned)r + 1);
				nitems++;
				g.n_items++;
			}
			/* The meeting's share of the item actions, on its items. */
			if (want_m > 0 && nitems == 0) {
				fprintf(stderr, "rt_gen: a meeting without recommendations "
				    "cannot hold actions: use fewer meetings\n");
				exit(2);
			}
			for (; want_m > 0; want_m--) {
				item_title(base, rn((unsigned)nitems), item, sizeof item);
				action(&g, cslug, mdate, mday, item, NULL);
			}
		}
	}
	reports_sql(g.sql);
	fputs("COMMIT;\n", g.sql);
	if (fclose(g.csv) != 0 || fclose(g.sql) != 0) {
		perror("rt_gen");
		exit(1);
	}
	fprintf(stderr, "rt_gen: %ld committees, %ld meetings, %ld items, %ld "
	    "recommendations, %ld updates in %ld rows of %s; %ld actions, %ld "
	    "action updates in %s; %ld texts, %ld (%.1f%%) with commas, quotes "
	    "and line breaks\n", p->committees, p->meetings, g.n_items, p->recs,
	    g.n_updates, g.n_rows, p->flat, g.n_actions, g.n_action_updates, p->sql,
	    g.n_texts, g.n_special, 100.0 * (double)g.n_special /
	    (double)(g.n_texts ? g.n_texts : 1));
	free(g.rec.s);
	free(g.lead.s);
	free(g.resp.s);
	free(g.upd.s);
	free(g.act.s);
}

static long
num(const char *opt, const char *v)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || *end != '\0' || n < 0) {
		fprintf(stderr, "rt_gen: %s: not a count: '%s'\n", opt, v);
		exit(2);
	}
	return n;
}

static void
usage(void)
{
	fputs("usage: rt_gen [--recs N] [--updates N] [--committees N] "
	    "[--meetings N]\n"
	    "              [--actions N] [--action-updates N] [--seed S] "
	    "--flat FILE.csv --sql FILE.sql\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	struct params p;
	long updates = -1, committees = -1, meetings = -1, actions = -1,
	    action_updates = -1;
	int i;

	memset(&p, 0, sizeof p);
	p.recs = 1000000;
	p.seed = 0x5254524BULL;	/* 'RTRK' */
	for (i = 1; i < argc; i++) {
		const char *o = argv[i];

		if (i + 1 >= argc)
			usage();
		if (strcmp(o, "--recs") == 0)
			p.recs = num(o, argv[++i]);
		else if (strcmp(o, "--updates") == 0)
			updates = num(o, argv[++i]);
		else if (strcmp(o, "--committees") == 0)
			committees = num(o, argv[++i]);
		else if (strcmp(o, "--meetings") == 0)
			meetings = num(o, argv[++i]);
		else if (strcmp(o, "--actions") == 0)
			actions = num(o, argv[++i]);
		else if (strcmp(o, "--action-updates") == 0)
			action_updates = num(o, argv[++i]);
		else if (strcmp(o, "--seed") == 0)
			p.seed = (uint64_t)num(o, argv[++i]);
		else if (strcmp(o, "--flat") == 0)
			p.flat = argv[++i];
		else if (strcmp(o, "--sql") == 0)
			p.sql = argv[++i];
		else
			usage();
	}
	if (p.flat == NULL || p.sql == NULL || p.recs < 1)
		usage();
	/* The national shape, scaled: 1M recommendations, 2.5M updates (one
	 * on each action, the rest on recommendations), 300 committees, 30,000
	 * meetings, 200,000 actions. */
	p.updates = updates >= 0 ? updates : p.recs * 5 / 2;	/* all updates */
	p.committees = committees > 0 ? committees :
	    p.recs * 3 / 10000 < 3 ? 3 : p.recs * 3 / 10000;
	p.meetings = meetings > 0 ? meetings : p.recs * 3 / 100;
	if (p.meetings < p.committees)
		p.meetings = p.committees;
	p.actions = actions >= 0 ? actions : p.recs / 5;
	p.action_updates = action_updates >= 0 ? action_updates : p.actions;
	if (p.action_updates > p.actions || p.action_updates > p.updates) {
		fprintf(stderr, "rt_gen: --action-updates is at most --actions and "
		    "--updates\n");
		exit(2);
	}
	if (p.meetings > p.recs) {
		fprintf(stderr, "rt_gen: more meetings than recommendations\n");
		exit(2);
	}
	generate(&p);
	return 0;
}
