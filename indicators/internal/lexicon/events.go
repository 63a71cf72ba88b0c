package lexicon

import "strings"

// EventUnits are counted nouns, in the singular, that name events: a
// number of them happens over a period, a flow. A noun ending in -tion
// or -sion names an event too (liquidations, admissions, referrals)
// unless NotEventNouns holds it.
var EventUnits = map[string]bool{"start": true, "completion": true, "approval": true, "sale": true, "reception": true, "release": true,
	"recall": true, "arrival": true, "departure": true, "visit": true, "admission": true, "discharge": true,
	"occasion": true, "outcome": true, "victimization": true, "victimisation": true, "crime": true, "incident": true, "search": true, "attendance": true,
	"birth": true, "death": true, "stillbirth": true, "fatality": true, "casualty": true, "injury": true, "accident": true, "collision": true,
	"fire": true, "marriage": true, "divorce": true, "insolvency": true, "bankruptcy": true, "closure": true, "failure": true,
	"passenger": true, "journey": true, "trip": true, "flight": true, "night": true, "visitor": true, "tourist": true, "immigrant": true,
	"emigrant": true, "migrant": true, "victim": true, "offence": true, "offense": true, "arrest": true, "complaint": true, "referral": true,
	"appointment": true, "call": true, "claim": true, "dose": true, "seizure": true, "purchase": true, "delivery": true, "shipment": true,
	"removal": true, "return": true, "transfer": true, "payment": true, "repayment": true, "attack": true, "strike": true, "suicide": true, "homicide": true,
	"murder": true, "killing": true, "injured": true, "killed": true, "wounded": true, "dead": true, "burglary": true, "robbery": true, "theft": true, "assault": true, "rape": true, "hospitalisation": true,
	"diagnosis": true, "treatment": true, "procedure": true, "test": true, "donor": true, "donation": true,
	// An apprentice's commencement is a start (s21o-apprentice).
	"commencement": true}

// NotEventNouns end in -tion or -sion but name no event: a number of
// them is a stock or a count; registrations and enrolments are entries
// on a register, held at a date (the dev kinds' hands, 16 of 16).
var NotEventNouns = map[string]bool{"population": true, "nation": true, "station": true, "institution": true, "organisation": true,
	"organization": true, "location": true, "condition": true, "position": true, "section": true, "question": true, "foundation": true,
	"association": true, "corporation": true, "federation": true, "portion": true, "proportion": true, "option": true, "edition": true,
	"mission": true, "commission": true, "division": true, "dimension": true, "profession": true, "pension": true, "version": true,
	"session": true, "region": true, "jurisdiction": true, "occupation": true, "qualification": true, "nationality": true, "generation": true,
	"religion": true, "collection": true, "publication": true, "authority": true, "function": true, "vision": true, "union": true,
	"connection": true, "subscription": true, "registration": true, "enrolment": true, "enrollment": true}

// EventNoun reports whether head, the last word of a counted noun in the
// singular and lower case, names an event (EventUnits, or a noun ending
// in -tion or -sion that NotEventNouns lacks): a number of them happens
// over a period.
func EventNoun(head string) bool {
	return EventUnits[head] || (strings.HasSuffix(head, "tion") || strings.HasSuffix(head, "sion")) && !NotEventNouns[head]
}
