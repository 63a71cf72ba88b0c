package lexicon

// BodyWords are the nouns one of which a public body's or an
// organisation's proper name holds: "Office for National Statistics", "UK
// Missing Persons Bureau", "Scottish Public Services Ombudsman". A place
// inside such a name is the body's, not the place of the figures the
// sentence gives (the genre's release names its coverage elsewhere: "44
// services in England, Wales and Scotland"); GoverningWords are the
// exception.
var BodyWords = []string{"Office", "Statistics", "Government", "Department", "Ministry", "Bureau", "Agency", "Service", "Services",
	"Executive", "Authority", "Institute", "Commission", "Commissioner", "Bank", "Council", "Administration", "Board", "Centre",
	"Center", "Ombudsman", "Inspectorate", "Regulator", "Tribunal", "Directorate", "Corporation", "Fund", "Organisation",
	"Organization", "Division", "Secretariat"}

// GoverningWords are the BodyWords of a place's own government, which
// speaks for the place it governs: "the Welsh Government", "the Northern
// Ireland Executive", "Fife Council" are their places', as are its own
// forces ("officers of the Peruvian National Police"). So are the
// words of a survey or a census named after the place it covers ("the
// English Housing Survey"), and "Statistics" ending a publication's name
// ("Scottish Transport Statistics").
var GoverningWords = []string{"Government", "Executive", "Parliament", "Assembly", "Council", "Administration", "Police",
	"Forces", "Army", "Navy", "Survey", "Census", "Statistics"}
