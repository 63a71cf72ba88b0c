package indicators_test

// badCatalogs lists every file in testdata/bad-catalogs with the exact
// messages Load must give for it, in order. Paths are relative to that folder.
var badCatalogs = []struct {
	file string
	want []string
}{
	{"01-syntax.yaml", []string{
		`01-syntax.yaml:18:1: YAML syntax: a tab indents this line: YAML indents with spaces only: write it with 4 spaces before "bad:", as the line above`,
	}},
	{"02-unknown-top-field.yaml", []string{
		`02-unknown-top-field.yaml:33:1: unknown field "veiws" in catalog: did you mean "views"?`,
	}},
	{"03-unknown-field-typo.yaml", []string{
		`03-unknown-field-typo.yaml:14:5: unknown field "vaule" in indicator: did you mean "value"?`,
	}},
	{"04-value-not-number.yaml", []string{
		`04-value-not-number.yaml:13:12: "value" must be a number at full magnitude, like 279000000000; got "279 bn"`,
	}},
	{"05-unknown-currency.yaml", []string{
		`05-unknown-currency.yaml:14:11: unknown currency "USX": write an ISO 4217 code such as "USD" or "JPY"`,
	}},
	{"06-lowercase-currency.yaml", []string{
		`06-lowercase-currency.yaml:14:11: currency code "usd" must be upper case: write "USD"`,
	}},
	{"07-historic-currency.yaml", []string{
		`07-historic-currency.yaml:14:11: currency "DEM" is not in use today: write the current ISO 4217 code`,
	}},
	{"08-range-without-high.yaml", []string{
		`08-range-without-high.yaml:13:16: qualifier "range" needs both "low" and "high": write low: 26 and high: 28 (and no "value")`,
	}},
	{"09-low-above-high.yaml", []string{
		`09-low-above-high.yaml:14:10: low 28 is above high 26: swap them`,
	}},
	{"10-range-with-value.yaml", []string{
		`10-range-with-value.yaml:14:12: a range has no single "value": remove it and keep "low" and "high"`,
	}},
	{"11-unknown-qualifier.yaml", []string{
		`11-unknown-qualifier.yaml:24:16: unknown qualifier "neary": write one of exact, approx, nearly, more_than, at_least, up_to, less_than, range (did you mean "nearly"?)`,
	}},
	{"12-duplicate-id.yaml", []string{
		`12-duplicate-id.yaml:19:9: duplicate id "trade" (already used by indicator "trade"): give each indicator its own id`,
		`12-duplicate-id.yaml:32:14: input "stock" is not the id of an indicator or derived indicator`,
		`12-duplicate-id.yaml:37:25: view "both" shows "stock", which is not an indicator or derived indicator`,
	}},
	{"13-dangling-derived-input.yaml", []string{
		`13-dangling-derived-input.yaml:32:21: input "trad" is not the id of an indicator or derived indicator: did you mean "trade"?`,
	}},
	{"14-unknown-formula.yaml", []string{
		`14-unknown-formula.yaml:31:14: unknown formula "quotient": write ratio, difference, sum or share`,
	}},
	{"15-view-dangling.yaml", []string{
		`15-view-dangling.yaml:37:25: view "both" shows "stocks", which is not an indicator or derived indicator: did you mean "stock"?`,
	}},
	{"16-quote-not-in-source.yaml", []string{
		`16-quote-not-in-source.yaml:27:16: quote "The stock was almost $350 billion" is not in source "facts": copy it verbatim from the text`,
	}},
	{"17-quote-moved.yaml", []string{
		`17-quote-moved.yaml:18:16: quote is not at its span 0..40 but occurs once at 13..53: write start: 13 and end: 53`,
	}},
	{"18-sha-mismatch.yaml", []string{
		`18-sha-mismatch.yaml:6:13: the text of source "facts" has sha256 3aaafa48b3015c89fa102856e3426e7112c2f44ca3ef1e49f2a5a421009bcf0d, not the pinned 3aaafa48b3015c89fa102856e3426e7112c2f44ca3ef1e49f2a5a421009b0000: the text changed; restore the original, or if the change is intended re-check every quote and write sha256: 3aaafa48b3015c89fa102856e3426e7112c2f44ca3ef1e49f2a5a421009bcf0d`,
	}},
	{"19-sha-not-hex.yaml", []string{
		`19-sha-not-hex.yaml:6:13: sha256 "abc123" is not 64 hex digits: write the output of "sha256sum" on the text file`,
	}},
	{"20-text-missing.yaml", []string{
		`20-text-missing.yaml:5:11: cannot read source text "sources.txt": no such file or directory; write its path relative to the catalog file`,
	}},
	{"21-provenance-source-dangling.yaml", []string{
		`21-provenance-source-dangling.yaml:26:17: source "fact" is not in the catalog's sources: did you mean "facts"?`,
	}},
	{"22-stated-unreadable.yaml", []string{
		`22-stated-unreadable.yaml:23:13: cannot read figure "lots of money": no number; write the figure as the document does, like "nearly $350 billion", "26 to 28 percent" or "3-5 countries"`,
	}},
	{"23-stated-disagrees-value.yaml", []string{
		`23-stated-disagrees-value.yaml:14:12: value disagrees with stated "$279 billion": value 297000000000 here, 279000000000 in the words`,
	}},
	{"24-unit-disagrees.yaml", []string{
		`24-unit-disagrees.yaml:14:11: unit "JPY" disagrees with stated "$279 billion", which reads as "USD": write unit: USD, as the stated words read, or leave unit out`,
	}},
	{"25-period-missing.yaml", []string{
		`25-period-missing.yaml:8:5: indicator "trade" has no "period" field: add the year the figure is for, or "period: not stated"`,
	}},
	{"26-period-backwards.yaml", []string{
		`26-period-backwards.yaml:14:13: "period": invalid period "2014/2010": the span ends before it starts`,
	}},
	{"27-entity-alpha3.yaml", []string{
		`27-entity-alpha3.yaml:12:16: entity "USA" is an alpha-3 code: write the ISO 3166-1 alpha-2 code "US"`,
	}},
	{"28-figure-not-in-quote.yaml", []string{
		`28-figure-not-in-quote.yaml:27:16: the quote does not state "nearly $360 billion": the numbers in the quote ("350") disagree with the indicator; fix the quote or the figure`,
	}},
	{"29-id-not-slug.yaml", []string{
		`29-id-not-slug.yaml:19:9: indicator id "Investment Stock" is not a slug: write lower-case letters, digits and hyphens, like "investment-stock"`,
		`29-id-not-slug.yaml:32:14: input "stock" is not the id of an indicator or derived indicator`,
		`29-id-not-slug.yaml:37:25: view "both" shows "stock", which is not an indicator or derived indicator`,
	}},
	{"30-unknown-measure.yaml", []string{
		`30-unknown-measure.yaml:13:14: unknown measure "stocks": write stock, in the singular (the kinds are flow, stock, share, change, count, rank, threshold, level)`,
	}},
	{"31-duplicate-field.yaml", []string{
		`31-duplicate-field.yaml:15:5: field "period" is given twice in indicator: keep one`,
	}},
	{"32-many-errors.yaml", []string{
		`32-many-errors.yaml:13:11: unknown unit "EURO": write an ISO 4217 code ("USD"), percent, percentage_point, rank, times, a measure symbol ("degC", "t", "MW") or a counted noun in lower case ("country")`,
		`32-many-errors.yaml:14:13: unknown status "promised": a figure the document calls promised is a pledge: write pledge (the statuses are fact, estimate, projection, target, pledge, intention)`,
		`32-many-errors.yaml:15:5: unknown field "colour" in indicator (known fields: id, title, description, entities, counterpart, measure, status, stated, noun, rank_order, hedge, value, low, high, qualifier, direction, unit, scale, period, base, against, percent_as_points, set, announced, denominator, notes, provenance, series, margin, margin_kind, margin_level)`,
	}},
	{"33-not-utf8.yaml", []string{
		`33-not-utf8.yaml:9:1: the file is not valid UTF-8: save it as UTF-8`,
	}},
	{"34-bad-date.yaml", []string{
		`34-bad-date.yaml:7:13: "issued": invalid date "2015-02-30": write YYYY-MM-DD, like 2015-04-28`,
	}},
	{"35-start-without-end.yaml", []string{
		`35-start-without-end.yaml:19:16: give both "start" and "end" (code points, end exclusive), or neither to have the quote found`,
	}},
	{"36-direction-not-in-quote.yaml", []string{
		`36-direction-not-in-quote.yaml:28:16: direction "up" but the quote has no word for it (such as "increase"): fix the direction or the quote`,
	}},
	{"37-context-note-without-source.yaml", []string{
		`37-context-note-without-source.yaml:26:9: a context note brings in outside knowledge: name its "source"`,
	}},
	{"38-section-not-above.yaml", []string{
		`38-section-not-above.yaml:16:9: section heading "Investment Facts" does not stand above the quote in source "facts": copy the heading from the text, outermost first; the heading nearest above the quote is "Trade Facts": write section: ["Trade Facts"]`,
	}},
	{"39-range-stated-unit-count.yaml", []string{
		`39-range-stated-unit-count.yaml:24:10: low/high disagrees with stated "3-5 countries": range 3 to 6 here, 3 to 5 in the words`,
	}},
	{"40-derived-units-differ.yaml", []string{
		`40-derived-units-differ.yaml:42:13: derived "ratio": ratio of "stock" (USD) and "pct" (percent), which are in different units: a ratio divides figures in one unit (or an amount by a count, formula: ratio, which gives a rate such as EUR per trip)`,
	}},
	{"41-hedge-dropped.yaml", []string{
		`41-hedge-dropped.yaml:27:16: the quote says "nearly" before "$350 billion" but the indicator is exact: write stated: "nearly $350 billion"`,
	}},
	{"42-text-absolute.yaml", []string{
		`42-text-absolute.yaml:5:11: source text "/etc/shadow" is an absolute path: a catalog reads only files in its own folder; write the path relative to the catalog file, or allow the text's folder with -texts DIR`,
	}},
	{"43-text-leaves-folder.yaml", []string{
		`43-text-leaves-folder.yaml:5:11: source text "../source.txt" leaves the catalog's folder: a catalog reads only files in its own folder; put the text beside the catalog and write its relative path, or allow the text's folder with -texts DIR`,
	}},
	{"44-text-dev-zero.yaml", []string{
		`44-text-dev-zero.yaml:5:11: source text "/dev/zero" is an absolute path: a catalog reads only files in its own folder; write the path relative to the catalog file, or allow the text's folder with -texts DIR`,
	}},
	{"45-text-directory.yaml", []string{
		`45-text-directory.yaml:5:11: source text "." is a directory, not a regular file: a catalog reads only regular files; write the path of the text file itself`,
	}},
	{"46-text-leaves-deep.yaml", []string{
		`46-text-leaves-deep.yaml:5:11: source text "sub/../../../../../../etc/passwd" leaves the catalog's folder: a catalog reads only files in its own folder; put the text beside the catalog and write its relative path, or allow the text's folder with -texts DIR`,
	}},
	{"47-second-document.yaml", []string{
		`47-second-document.yaml:19:1: another YAML document starts here: a catalog file holds one document; remove this "---" and what follows, or move it into a catalog file of its own`,
	}},
	{"48-url-javascript.yaml", []string{
		`48-url-javascript.yaml:5:10: url "javascript:alert(1)" is a "javascript:" address: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`,
	}},
	{"49-url-file.yaml", []string{
		`49-url-file.yaml:5:10: url "file:///etc/passwd" is a "file:" address: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`,
	}},
	{"50-url-unc.yaml", []string{
		`50-url-unc.yaml:5:10: url "\\\\server\\share\\fact-sheet.txt" is a file path, not a web address: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`,
	}},
	{"51-url-data.yaml", []string{
		`51-url-data.yaml:5:10: url "data:text/html,<script>alert(1)</script>" is a "data:" address: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`,
	}},
	{"52-url-no-host.yaml", []string{
		`52-url-no-host.yaml:5:10: url "https:///fact-sheet" has no host: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`,
	}},
	{"53-title-form-feed.yaml", []string{
		`53-title-form-feed.yaml:9:12: "title" holds U+000C form feed, which the workbook cannot carry: remove it, or write a space in its place`,
	}},
	{"54-quote-form-feed.yaml", []string{
		`54-quote-form-feed.yaml:18:16: quote holds U+000C form feed, which the workbook cannot carry: end the quote before the character, or remove it from the text and re-pin the sha256`,
	}},
	{"55-section-escape-char.yaml", []string{
		`55-section-escape-char.yaml:17:19: "section" holds U+001B escape, which the workbook cannot carry: remove it, or write a space in its place`,
	}},
	{"56-noncharacter-in-note.yaml", []string{
		`56-noncharacter-in-note.yaml:15:13: "notes" holds U+FFFE (not a character), which the workbook cannot carry: remove it, or write a space in its place`,
	}},
	{"57-unpinned-no-excerpt.yaml", []string{
		`57-unpinned-no-excerpt.yaml:3:5: source "facts" has no "sha256" field: add "sha256: 3aaafa48b3015c89fa102856e3426e7112c2f44ca3ef1e49f2a5a421009bcf0d" to pin its text`,
		`57-unpinned-no-excerpt.yaml:17:16: quote "In 2014, two-way trade was $297 billion." is not in source "facts": copy it verbatim from the text`,
	}},
	{"58-control-char-key.yaml", []string{
		`58-control-char-key.yaml:15:5: a field name holds U+0008 backspace, which the workbook cannot carry: retype the name`,
		`58-control-char-key.yaml:15:5: unknown field "colour\b" in indicator (known fields: id, title, description, entities, counterpart, measure, status, stated, noun, rank_order, hedge, value, low, high, qualifier, direction, unit, scale, period, base, against, percent_as_points, set, announced, denominator, notes, provenance, series, margin, margin_kind, margin_level)`,
	}},
	{"59-document-after-empty-one.yaml", []string{
		`59-document-after-empty-one.yaml:21:1: another YAML document starts here: a catalog file holds one document; remove this "---" and what follows, or move it into a catalog file of its own`,
	}},
	{"60-stated-exponent.yaml", []string{
		`60-stated-exponent.yaml:23:13: cannot read figure "1e308 billion": "1e308" is exponent notation, which documents do not use for figures: write the number in digits with a scale word, as the document does ("1,000", "1.5 billion")`,
	}},
	{"61-stated-hex.yaml", []string{
		`61-stated-hex.yaml:23:13: cannot read figure "0x10 countries": "0x10" is hexadecimal notation: write the number in decimal digits, as the document does (16)`,
	}},
	{"62-range-high-first.yaml", []string{
		`62-range-high-first.yaml:23:13: cannot read figure "5 to −5 percent": the range runs from 5 down to -5: write the low end first, "-5 to 5 percent"`,
	}},
	{"63-negative-count.yaml", []string{
		`63-negative-count.yaml:23:13: cannot read figure "−3 countries": a count cannot be negative: write "3 countries", and for a fall write measure: change with direction: down (only a net figure, measure: flow or change, may be below zero: net migration, a net change in jobs)`,
	}},
	{"64-measure-status-missing.yaml", []string{
		`64-measure-status-missing.yaml:8:5: indicator "trade" has no "measure" field: add what the figure measures, one of flow, stock, share, change, count, rank, threshold, level ("measure: flow" for trade in a year)`,
		`64-measure-status-missing.yaml:8:5: indicator "trade" has no "status" field: add how sure the document is, one of fact, estimate, projection, target, pledge, intention ("status: fact" for a reported figure)`,
	}},
	{"65-entity-codes.yaml", []string{
		`65-entity-codes.yaml:10:34: entity "UK" is not an ISO 3166-1 code: write "GB" for United Kingdom`,
		`65-entity-codes.yaml:10:38: entity "840" is the M49 code of a country: write its ISO 3166-1 alpha-2 code "US" (United States)`,
		`65-entity-codes.yaml:11:18: entity "001" is the world: write "WLD"`,
	}},
	{"66-view-id-of-derived.yaml", []string{
		`66-view-id-of-derived.yaml:34:5: duplicate id "ratio" (already used by derived indicator "ratio"): give each view its own id`,
	}},
	// What verify passes, build builds: a view's kind must draw its figures.
	{"67-view-kind-cannot-draw.yaml", []string{
		`67-view-kind-cannot-draw.yaml:29:5: view "both-headline" of kind headline shows one figure, not 2: make a headline view for each, or write kind: bars`,
		`67-view-kind-cannot-draw.yaml:36:18: view "trade-share" of kind part_of_whole shows a percentage, and "trade" is in USD: write kind: bars or headline`,
		`67-view-kind-cannot-draw.yaml:37:5: view "both-shares" of kind part_of_whole draws the parts of one whole, and "trade" is no share: list shares only, or write kind: bars`,
	}},
	{"69-rate-not-in-quote.yaml", []string{
		`69-rate-not-in-quote.yaml:14:11: unit "country per year" gives "3-5 countries" a rate per year, but no quote says so: quote the words that do ("annual rate", "annualized", "annualised"), or leave "per year" out`,
	}},
	{"70-direction-on-stock.yaml", []string{
		`70-direction-on-stock.yaml:24:16: direction up given to a stock, which has no direction (only a change has one): leave direction out, since a stock is its figure ("nearly $350 billion" in every output, however it moved to it); if the figure is a change from a period before (how much something rose), write measure: change and keep direction: up`,
	}},
	// Round O: each refusal says what to write, and what it says verifies.
	{"71-quote-glued-footnote.yaml", []string{
		`71-quote-glued-footnote.yaml:20:16: quote "obesity prevalence for children living in the most depriv..." is not in source "ncmp"; the text has "deprived6" where the quote has "deprived" (a footnote number glued to the word: a quote keeps it): write quote: "obesity prevalence for children living in the most deprived6 areas was more than double"`,
	}},
	{"72-period-swapped.yaml", []string{
		`72-period-swapped.yaml:15:13: the quote pairs 9.3 with 2015-16 and 9.6 with 2016-17 ("from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17"): "9.3 per cent" is of 2015-16: write period: 2015/16`,
	}},
	{"73-unit-half-coordinated.yaml", []string{
		`73-unit-half-coordinated.yaml:14:13: unit "cancellation" counts only the cancellations of "cancellations and withdrawals", which the quote counts together (every output would say "23 725 cancellations"): write unit: cancellation and withdrawal, both words, or the one noun each of them is`,
	}},
	{"74-times-as-share.yaml", []string{
		`74-times-as-share.yaml:11:14: "more than twice" is in times, a ratio of two figures, which is no share of a whole: write measure: level (a share is a percent of a whole)`,
	}},
	{"75-bare-rate-sentence.yaml", []string{
		`75-bare-rate-sentence.yaml:24:13: "7.8 per 100,000" is in "per 100,000" while "rate-north-east" of the same source is in "death per 100,000 population": the document names the counted noun once, so both are one unit; keep stated in the document's words and write unit: death per 100,000 population, and quote the sentence that names deaths: write quote: "The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at 7.8 per 100,000"`,
	}},
	{"68-view-mixes-change.yaml", []string{
		`68-view-mixes-change.yaml:44:5: view "mixed" draws the change "cut" beside "trade", which is no change: a bar of a change reads as an amount of its own; make a view of the changes apart`,
	}},
	// Round P: each refusal says what to write, and what it says verifies
	// (TestConcentrationUnit, TestOfKindUnit, TestVolunteerAdvice apply it).
	{"76-mass-not-concentration.yaml", []string{
		`76-mass-not-concentration.yaml:18:16: the quote's unit goes on past stated "22 µg": it writes "22 µg m-3", in ug per cubic metre, not ug: write stated: "22 µg m-3"`,
	}},
	{"77-abbreviation-unit.yaml", []string{
		`77-abbreviation-unit.yaml:14:13: unit "cot" reads the abbreviation "CoTs" as the word "cot": an abbreviation keeps its own letters and case (stated "1.5 million CoTs" counts "CoT"): leave unit out, or write stated: "1.5 million", the figure alone, and unit: the words "CoTs" stands for, spelled out in lower case and the singular ("courses of treatment" is unit: course of treatment)`,
	}},
	{"78-hedge-qualifier.yaml", []string{
		`78-hedge-qualifier.yaml:15:16: unknown qualifier "around": "around" is a hedge, qualifier approx; a hedge is written in stated, in the quote's words: write stated: "Around 12%" and leave qualifier out`,
	}},
	// Round Q: what verify passes, build builds; and an unknown unit is
	// told the pair that verifies (TestBadCatalogsFixed applies
	// each advice).
	{"79-view-negative-open-end.yaml", []string{
		`79-view-negative-open-end.yaml:35:18: view "changes" of kind bars cannot yet draw the negative "exports-fall" with its open end (nearly): take "exports-fall" out of this view's indicators and give it a view of its own: kind: headline, indicators: [exports-fall]`,
	}},
	{"80-ids-one-name.yaml", []string{
		`80-ids-one-name.yaml:19:9: ids "trade-2014" and "trade_2014" are both named TRADE_2014 in the book, which keeps letters and digits only, in upper case: write id: trade_2014-2, or another id that differs in a letter or digit`,
	}},
	{"81-unknown-unit-pair.yaml", []string{
		`81-unknown-unit-pair.yaml:14:13: cannot read figure "3.5 acres/crew/day": unknown unit "acres/crew/day"; write stated: "3.5" and unit: acre per crew per day`,
	}},
	// Round R: a record in words, "for the first time", two hedges
	// (TestBadCatalogsFixed applies the advice).
	{"82-record-word.yaml", []string{
		`82-record-word.yaml:14:13: cannot read figure "record": the quote states a record, "record number", the first place of its series: write stated: "record number" with measure: rank`,
	}},
	{"83-first-time-rank.yaml", []string{
		`83-first-time-rank.yaml:18:16: the quote does not state "first": the quote writes "first" only in "the first time", which says when, not a place; the quote states the place as a comparison: write stated: "more than any other"`,
	}},
	{"84-two-hedges.yaml", []string{
		`84-two-hedges.yaml:21:16: the quote does not state "almost 312,000": its number agrees, but the quote hedges it otherwise, "312,000 people", and an indicator has one hedge: keep the hedged wording, stated: "almost 312,000", and leave the unhedged quote out (or give it an indicator of its own)`,
	}},
	// s24s: a rate base in the document's words, a proportion in
	// words beside its percent, a subdivision one letter off
	// (TestBadCatalogsFixed applies the advice).
	{"85-rate-base-words.yaml", []string{
		`85-rate-base-words.yaml:14:13: cannot read figure "159.9 per 10,000 of the population": the base of a rate is a noun, with its number, and no "of the": write stated: "159.9" and unit: search per 10,000 population`,
	}},
	{"86-words-beside-percent.yaml", []string{
		`86-words-beside-percent.yaml:14:13: cannot read figure "over two fifths (43%)": the bracketed "43%" is the figure "over two fifths" says in words: write stated: "43%", the document's own figure (the words stay in the quote)`,
	}},
	{"87-subdivision-typo.yaml", []string{
		`87-subdivision-typo.yaml:13:16: unknown entity "GB-KHC": "KHC" is no ISO 3166-2 subdivision of United Kingdom: write the code ISO 3166-2 gives it ("GB-ENG" England, "US-CA" California) or the country's own "GB"; did you mean "GB-KEC" (Kensington and Chelsea) or "GB-KHL" (Kingston upon Hull)?`,
	}},
	// verify26: the YAML faults hands make, each at its own line with
	// what to write, all in one run (TestSyntaxFaultsFixed applies them).
	{"88-yaml-hand-faults.yaml", []string{
		`88-yaml-hand-faults.yaml:10:12: YAML syntax: a " inside a value quoted with " ends it early: write title: 'Households protected by the "new" barrier'`,
		`88-yaml-hand-faults.yaml:13:15: YAML syntax: the [ opened here is not closed on its line: write entities: [GB-KHL]`,
		`88-yaml-hand-faults.yaml:20:12: YAML syntax: a value that holds ": " is quoted: write title: "Stop and search rate: women"`,
	}},
	// verify26 (s24t-childcare): series named only on their points, one
	// message with the list to paste (TestSyntaxFaultsFixed applies it).
	{"89-undeclared-series.yaml", []string{
		`89-undeclared-series.yaml:11:13: 2 series ("search-rate-men", "search-rate-women") are not in the catalog's series, named by indicators "rate-men", "rate-women": declare them in a top-level "series:" list (each title is its first point's: write the series' own where it differs): write series: [{id: search-rate-men, title: "Stop and search rate, men"}, {id: search-rate-women, title: "Stop and search rate, women"}]`,
	}},
	// verify27 (s25u-paygap): a gap between two groups is against: group,
	// not a base; one figure worded two ways by its quotes is the bare
	// figure and its unit (TestSyntaxFaultsFixed applies both).
	{"90-group-gap-two-wordings.yaml", []string{
		`90-group-gap-two-wordings.yaml:14:13: cannot read figure "6.9% less": "less" after the figure says a change from a base: write stated: "6.9%", measure: change, direction: down and against: group, no base (the quote sets it against "than their part-time female counterparts", of its own time)`,
		`90-group-gap-two-wordings.yaml:30:16: the quote does not state "35.7 mean paid weekly hours": it words the figure "35.7 hours", another of its quotes "35.7 mean paid weekly hours": write stated: "35.7" and unit: hour, which both state`,
	}},
	{"91-lost-sign-two-figure-whole.yaml", []string{
		`91-lost-sign-two-figure-whole.yaml:14:13: cannot read figure "?16.2 billion": "?" before the number is the mark the stored copy wrote for a currency sign it lost: write stated: "16.2 billion" and unit: GBP, and a note that names the currency (notes: ["In GBP: the stored copy writes its currency sign as '?'."])`,
		`91-lost-sign-two-figure-whole.yaml:43:5: view "kinds" of kind part_of_whole draws the parts of one whole, and "procedures" is no share: a part_of_whole view draws shares; for parts stated as amounts, derive each part's share of the whole (derived: formula: share, inputs: [fish, procedures], where procedures is the whole fish is part of; else inputs: [fish, <the whole>]) and list those shares (the whole itself not among them), or write kind: bars`,
	}},
	{"92-hedge-unit-paragraph.yaml", []string{
		`92-hedge-unit-paragraph.yaml:18:16: the quote does not state "nearly 76%": its number agrees, but the quote words it "approaching 76%": write stated: "approaching 76%", the quote's own characters`,
		`92-hedge-unit-paragraph.yaml:25:11: unit "day" disagrees with stated "10 working days", which reads as "working day": write unit: working day, as the stated words count, or stated: "10", the figure alone, to keep unit: day`,
		`92-hedge-unit-paragraph.yaml:39:16: quote "The tax gap is estimated to be 4.8% of total theoretical ..." is not in source "doc"; the text has it across a paragraph break after "estimated to be": write quote: "The tax gap is estimated to be\n\n4.8% of total theoretical tax liabilities", the break as \n\n in double quotes, or quote from "4.8% of total": copy it verbatim from the text`,
	}},
	// verify30 (s26w-firearms, s27x-insurance, -hatecrime): one noun of
	// two counted together, a heading of a text stored as one line, the
	// end of a financial year in words (TestTwoNounsOneLineFixed).
	{"93-two-nouns-one-line.yaml", []string{
		`93-two-nouns-one-line.yaml:14:13: unit "firearm" counts only the firearms of "firearm and shotguns", which the quote counts together (every output would say "439 firearms"): write unit: firearm and shotgun, both words, or the one noun each of them is`,
		`93-two-nouns-one-line.yaml:29:9: section heading "Highlights" stands in source "doc" but starts no line: a heading is a whole line or starts one (the text is one line, its headings run into the sentences, so none starts a line: leave section out, or store the text with each heading on a line of its own (its sha256 then changes))`,
		`93-two-nouns-one-line.yaml:38:13: "period": invalid period "end of the financial year 2018-19": a stock at the end of a financial year is at its last day, the day its country's financial year 2018/19 ends: write 2019-03-31 in United Kingdom, Canada, India, Japan; 2019-06-30 in Australia, New Zealand; 2019-09-30 in United States`,
	}},
	{"94-base-not-led-in.yaml", []string{
		`94-base-not-led-in.yaml:37:11: unit "day per staff year" gives "2.1 days" a base per staff year, but no quote names it, nor the line leading in its list, its paragraph's opening sentence or its heading: quote the words that do ("days per staff year", "per staff year:" leading in a list), or write unit: day and name the base in the title`,
	}},
	{"95-rank-reach-points.yaml", []string{
		`95-rank-reach-points.yaml:18:16: the quote does not state "highest on record": it gives the place its reach "on record" with other words between: write stated: "highest number of landings on record", the quote's words (or stated: "highest", with "on record" in the title)`,
		`95-rank-reach-points.yaml:30:16: the quote does not state "1.1%": its number agrees, but the quote's unit is percentage points, "1.1 percentage points", not percent: write stated: "1.1 percentage points"`,
	}},
	// verify33 (round AA: s30a-nursing): marks YAML reads in a heading of
	// a flow list and at a title's start, at their line and column.
	{"96-yaml-heading-marks.yaml", []string{
		`96-yaml-heading-marks.yaml:31:12: YAML syntax: a value that starts with "*" is read as YAML, not text: quote it: write title: "*Provisional: leavers, rank among years"`,
		`96-yaml-heading-marks.yaml:39:19: YAML syntax: an item of a [...] list that holds "?" is read as YAML, not text: quote it: write section: ["What do the figures tell us?"]`,
	}},
	// verify33 (round AA: s30a-carrierbags, s30a-missing): a charge in
	// pence, and a span of years a first place reaches over.
	{"97-charge-rank-reach.yaml", []string{
		`97-charge-rank-reach.yaml:20:16: the quote does not state "5": it writes "5" as "5p", which reads as £0.05, not 5 pence: write stated: "5p", the quote's own characters`,
		`97-charge-rank-reach.yaml:30:16: the quote writes "four years" as the reach of a first place, "first time in four years": a rank, not a count: write stated: "first time in four years" and measure: rank, with no unit (the title says what is ranked)`,
	}},
	{"98-view-mix-named-unit.yaml", []string{
		`98-view-mix-named-unit.yaml:94:11: unknown unit "All London licence": a unit is a counted noun in lower case: write unit: licence, and keep "All London" in stated as the quote writes it ("All London licences" after the figure reads as unit: licence) or in the title`,
		`98-view-mix-named-unit.yaml:100:5: view "changes" draws "applications-change", a flow (counted over its period), beside "children-change", a stock (counted at a date): its bars share one axis and read as one quantity; make a view of each`,
		`98-view-mix-named-unit.yaml:104:5: view "licensing" draws "licences-1982" in licences (1982) beside "dogs-1984" in dogs (1984): bars over time read as one quantity, and these count two things; if they count one, write one unit on both (and say the change of wording in a note), else make a view of each`,
	}},
	// verify36 (session 33: s33d-airports): shares of one whole split by
	// place are its parts; shares of each place's own whole are not, and
	// are told how a split by place is titled.
	{"99-parts-other-places.yaml", []string{
		`99-parts-other-places.yaml:57:5: view "smokers" of kind part_of_whole draws the parts of one whole, and "smokers-wales" is of another period or place than "smokers-scotland": list the shares of one whole, or write kind: bars (parts that are places of one whole each name their place before the same whole: "the north's share of all flights", "the south's share of all flights")`,
	}},
	// verify37 (session 34: s34e-dental, s34e-charities): a series list
	// offered for series named as views says to rename the views; a
	// series of two measures tells its odd point, at its measure.
	{"100-series-view-ids.yaml", []string{
		`100-series-view-ids.yaml:30:14: indicator "trustees-2024" is a flow but series "trustees" (from its point "trustees-2023") holds stocks: the points of a series have one measure; write measure: stock to match, or put it in a series of its own`,
		`100-series-view-ids.yaml:59:13: series "charities" is not in the catalog's series, named by indicators "charities-2023", "charities-2024": add to the top-level "series:" list (which holds trustees) the items {id: charities, title: "Charities on the register"} (each title is its first point's: write the series' own where it differs); "charities" already names a view, and series and views share one id space: rename the view first (id: charities-chart)`,
	}},
	// verify39 (session 35: s35f-monetary, s35f-divorces): advice keeps
	// the quote's hedge; a count's figure alone may keep its unit; a unit
	// that disagrees with stated is told at its line.
	{"101-hedge-count-series.yaml", []string{
		`101-hedge-count-series.yaml:22:16: the quote does not state "2.75%": its number agrees, but the quote hedges it and words it "around 2¾%": write stated: "around 2¾%", the quote's own characters`,
		`101-hedge-count-series.yaml:33:16: the quote does not state "4": its number agrees, but the quote words it "Four members": write stated: "Four members", the quote's own characters (or stated: "Four", its figure alone, and keep unit: member)`,
		`101-hedge-count-series.yaml:51:11: unit "civil partnership dissolution" disagrees with stated "680 dissolutions", which reads as "dissolution": the stated words count dissolutions and do not write all of "civil partnership dissolution": write unit: dissolution, as they do, or stated: "680", the figure alone, to keep the unit`,
		`101-hedge-count-series.yaml:63:11: unit "civil partnership dissolution" disagrees with stated "712 dissolutions", which reads as "dissolution": the stated words count dissolutions and do not write all of "civil partnership dissolution": write unit: dissolution, as they do, or stated: "712", the figure alone, to keep the unit`,
	}},
	// verify45 (session 36: s36g-strikes, s36g-timeuse): a bound inside
	// the words after the figure, and a unit that holds a bound's words,
	// are refused; the bound is stated where the document writes it.
	{"102-open-bound.yaml", []string{
		`102-open-bound.yaml:15:13: cannot read figure "1,000 workers or more involved": "or more" stands inside the words after the figure, where it would be read as the unit: a bound is written right after the number ("1,000 or more workers"), or after its unit or rate ("35 hours or more per week", "aged 16 and over"): write stated: "1,000 workers or more" and say the rest in the title`,
		`102-open-bound.yaml:26:11: unit "more per week" holds a bound's words: a unit is the counted noun or measure alone (worker, hour per week): write a bound on the figure in stated, as the document does ("1,000 or more workers", "35 hours or more per week"), and a group's ("aged 65 and over") in the title`,
	}},
}
