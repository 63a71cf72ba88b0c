package extract

import "math/bits"

// The fused pass reads each sentence left to right once where the passes
// before it read it up to three times (boundary, then mayHold's screen,
// then tokenize). It starts light: the sentence's bytes are tested eight
// at a time for a byte that may end a sentence and for a digit together,
// and the breaks are decided as boundary decides them. At the first digit
// of the sentence's content it turns heavy: tokenize reads the sentence
// from its content's start, and decides every break it meets as it goes,
// so the bytes after the digit are read once. A sentence that ends before
// any digit goes to mayHold's screen of words, which most pass over.
//
// The decisions are boundary's own (newlineBreak, stopBreak), asked of the
// same bytes in the same order with the same skips, so the sentences are
// the same; where the pass meets what it does not decide itself (a run-on
// line, a list marker that the sentence's end cuts short), it gives the
// sentence to boundary and sentence, as before.

// The budget of reading (speed21, measured on the 1 MB mix of
// BenchmarkExtractMixed1MB). BenchmarkSentenceBudget gives the bytes of
// each class of sentence and, under cachegrind ((9x−1x)/8, GOMAXPROCS=1,
// GOGC=off), the instructions of each class's sentences extracted alone,
// which add up to the whole's 79.4 M:
//
//	class                                  bytes/MB  share  M instr.  share  instr./byte
//	no digit, passed over by the screen     423,166    40%     14.1     18%      33
//	no digit, a number word: a figure        47,499     5%      4.8      6%     101
//	no digit, a number word: none            21,916     2%      1.8      2%      83
//	a digit: a figure                       424,165    40%     50.0     63%     118
//	a digit: none (dates, years, phones)    117,786    11%      8.7     11%      73
//
// (the rest is the space between sentences). A sentence that yields no
// figure changes nothing after it: the state carried from one sentence to
// the next (lastEnd, lastDir, lastKind, lastBy) moves only when a mention
// is put, and what else the scanner keeps (moneyCode, wordFacts,
// yearSeen) is memory of look-ups, not of results. So a sentence known to
// hold no figure may go unread, and the sentences with none take 31% of
// the instructions. Of those, the screen's own class (18%) is read by the
// break scan (about 7 instructions a byte), the sentence's end and list
// marker (about 6) and mayHoldWords (about 18, over 100 a word); speed23
// made the break scan and the screen cheaper, each alone (below: a screen
// that classified each byte once does not pay). The rest (13%)
// is decided by the figure rules themselves: a sentence with a digit
// holds no figure because its numbers are years, dates, list markers or
// identifiers, which yearAt, yearFirst and the exclusion rules decide
// from the tokens around each number ("by 2050", "December 27, 2019",
// "Call us: 301-763-2713"). A screen that passed such sentences over
// would be a second copy of those rules, which one place per concept
// forbids.
//
// So most of the third of the instructions issue 11 asks for lies in the
// 63% spent on the sentences with a figure, where the tokens before the
// first digit are two fifths of the bytes (216,366 per MB of the 541,951
// in sentences with a digit) and tokenizing costs about 130 instructions
// a word. Reading fewer of those words needs the rules to name how far
// from a candidate they read: today sentenceYear reads every four-digit
// number of the sentence, netBefore eight tokens back, and the rules
// index the sentence's tokens from 0 (its first token, as in "Net
// migration …" or a heading's start). The design this asked for: each
// rule states its reach in tokens around the candidate it starts from;
// tokenize makes, for a sentence with a digit, only the windows around
// the candidates and the sentence's first tokens; a test replays every
// rule over whole sentences against windows.
//
// What a window can save (speed22, measured, not built). An experiment
// tokenized each sentence with a digit from the k-th word before its first
// digit only, and ran the same cachegrind measure (79.08 M whole). Without
// a screen it drops the prefix's candidates with it; with one, a prefix
// whose dropped words mayHoldWords finds a number word in is tokenized
// whole, as now:
//
//	k (words kept before the first digit)   M instr./MB   output
//	2, no screen                              71.85       changed
//	8 (netBefore's reach), no screen          77.65       changed (11 texts of corpus and kinds)
//	8, screen                                 80.19       changed (2 texts)
//	26 (directionBefore's reach), screen      81.60       byte-identical
//
// (k = 2 also finds fewer figures, so part of its saving is matching not
// done.) Most prefixes are short: what a window could skip lies mostly in
// the words three to eight before the first digit, which the rules read:
// netBefore reads eight tokens back, directionBefore 15 back from a "by"
// (25 when the "by" is coordinated: "rose by 0.2% … and by 0.5% …"; at
// k = 8 the mix lost the direction of "will increase … by up to $1.8
// billion per year"), and a hedge reads back from a number word that
// starts a figure ("over seven million Kenyans"), so a window must be
// counted from the first candidate, not the first digit. The screen costs
// more than the tokens it spares: mayHoldWords reads about 17 instructions
// a byte against about 37 for tokenizing, and a prefix it passes is read
// twice. So windows before the first digit do not pay on this mix; they
// could only if the candidates were found by the byte scan that finds the
// digit (no second read of the words) and the rules that read far
// (directionBefore, netBefore, the hedges, the rules that index from
// token 0) read past a window's start lazily, on demand. Tokens are
// indexed from the sentence's first, so that is a change of every rule's
// indexing, not of tokenize alone. Until then, the fused pass reads every
// word of a sentence that may hold a figure.
//
// What speed23 built (the same measure, means of two to four runs; the
// whole 79.11 M on its start's code, 74.13 M at its end, output
// byte-identical on the mix, the corpus, the kinds, the book's texts and
// NewsQuant):
//
//	class                                  M instr. before → after   instr./byte after
//	no digit, passed over by the screen     13.93 → 11.77               28
//	no digit, a number word: a figure        4.60 →  4.48               94
//	no digit, a number word: none            1.66 →  1.54               70
//	a digit: a figure                       50.13 → 48.62              115
//	a digit: none (dates, years, phones)     8.40 →  8.18               69
//
//   - mayHoldWords hops from word to word (nextHeld): the bytes between
//     words one at a time, each run of letters measured from the eight
//     bytes after its first, in a function that calls nothing, so that its
//     values stay in registers; numberish and the rest only for the runs
//     holdBits passes. 8.0 → 6.1 M (−1.4 M whole).
//   - nextBreakOrDigit joins eight look-ups of breakOrDigitBytes per block
//     (speed25 reads them two bytes at a time: breakOrDigitPairs),
//     which need no constant, where the word-at-a-time test built eight
//     64-bit constants at each block: 4.7 → 3.5 M (−1.5 M whole).
//   - shortWords reads a word of nine to sixteen letters inline (longWord,
//     a call in its loop, is gone): −0.45 M; directionPhase sets a
//     mention's fields one by one in its slot, where a composite literal
//     of 264 bytes was built and copied: −0.5 M; unicodeToken reads the
//     signs of Latin-1 and U+2000–U+20FF ("’", "•", "–", "£") from a
//     table made by its own tests (runeTokens), not two map look-ups and a
//     search: −0.6 M; skipMarker compares a bullet only where its first
//     byte is: −0.25 M; alnumBytes inline: −0.1 M.
//
// What did not pay (whole M per MB, the change against the code before
// it): nextHeld's word loop written inline in mayHoldWords with calls to
// lettersEnd (77.63) or with that loop inline (77.60) or as a loop of its
// own over eight-byte steps (78.00), against 77.52 built; a fast turn for
// "one space and a letter" within the eight bytes read (+0.5 M);
// holdBits without the blanket "d" of seven letters or more and an
// explicit "…fold" test instead (+0.4 M); leaving a word of nine letters
// or more to tokenize's own loop (+1.5 M: leaving shortWords and coming
// back costs more than the call); packProbe inline in shortWords (±0);
// a word-at-a-time test of the bytes below '@' but the space before the
// look-ups of nextBreakOrDigit (+0.2 M: a fifth of the blocks it reads
// hold such a byte, since each scan ends at one); stopBreak testing ASCII
// bytes for space without spaceAt (+0.2 M); spaceAt split for inlining
// (its cost, 81 and 86, stays over the inliner's 80). A screen that
// classified each byte once, breaks and digits in the gaps that nextHeld
// reads anyway, was estimated, not built: on the sentences with no digit
// it would spare the block scan (about 4.5 instructions a byte of the
// 423,166), but it would read the 216,366 bytes before the first digit
// of the other sentences word by word (about 13 a byte against 4.5), so
// the two cancel, unless the words it reads there were kept as tokens,
// which is the windows' question above.
//
// What speed24 built (output byte-identical on the mix, the corpus, the
// kinds, the book's texts, their drafts and NewsQuant). The whole, by the
// measure above ((9x−1x)/8), moves by ±0.3 M between two runs of the same
// code, the runtime's stack walks (runtime.step, pcvalue) and maps with
// it; each step was judged by the extract package's own functions under
// cachegrind ((25x−1x)/24), which do not move: 72.17 → 71.09 M for them,
// 74.06 → 72.82 M whole ((9x−1x)/8, means of three runs each).
//
//   - The breaks and number groups ask spaceAt only where a space may be:
//     stopBreak, newlineBreak and markerAt answer an ASCII byte that is
//     no space without the call (most often the next sentence's first
//     letter), stopBreak reads its closers from a table, groupedEnd calls
//     spacedGroupsEnd only before a space and a digit, a tab, a line
//     break or a byte past ASCII, and abbreviationBefore reads back seven
//     bytes at most: spaceAt −0.35, spacedGroupsEnd −0.21 (−0.5 in all).
//   - A symbol token keeps its ASCII byte (token.ch, in the token's
//     padding: 32 bytes still), so isByte compares a byte of the token
//     where it read the text at the token's start: −0.44 (shortWords
//     −0.19 of it, whose literal of a symbol is now written in place).
//   - shortWords writes a long word's token field by field: −0.09.
//     tokenize's answer, a number met, is set where the number is made.
//
// What did not pay (the extract functions' own counts, against the code
// before each): shortWords making a number of digits only itself (24% of
// the numbers end where their digits end; the rest end at ',' or '.':
// "1,234", "2.5"): tokenize, numberToken and groupedEnd −0.69, shortWords
// +0.84, its loop of words dearer as Go allocates its registers; leaving
// the look-up of a word of nine to sixteen letters to tokenize, so that
// shortWords calls nothing: +0.5 (its values go to memory all the same);
// the space before a token read from the text, not carried: ±0; tokenize's
// other tokens written field by field: ±0.02, shortWords's symbols: +0.33;
// spaceAt split so that its ASCII answer is inline: +0.3 (the call left in
// it costs 57 of the inliner's 80); startsFigure split so that a number's
// answer is inline: ±0; skipMarker testing a bullet's last byte before
// the whole: −0.02. A screen that reads eight bytes at a time and finds
// the runs of letters by their edges (letterBytes against itself one byte
// on), the lead of "one screen for each byte" above: +0.3 with numberish
// called in its loop, −0.05 in a function that calls nothing, as
// nextHeld: the edges cost what the hops cost (about 25 instructions at
// each run's end: its length, two loads and the table).
//
// What speed25 built (output byte-identical on the mix, the corpus, the
// kinds, the book's texts, their drafts, the held-out texts and
// NewsQuant; the whole by the measure above, means of three runs, 72.92 →
// 71.24 M (−2.3%); the extract package's own functions 70.79 → 68.92 M):
//
//   - nextBreakOrDigit reads two bytes at a look-up of a table of pairs
//     (breakOrDigitPairs, 64 KB, of which prose reads a few lines), whose
//     answers, two bits each, joined give the first break or digit of the
//     block at once: no byte loop after a block that holds one; sixteen
//     bytes a turn: 3.9 → 2.2 M.
//   - shortWords reads a token's first byte and the eight after it from
//     one slice, bounds checked once (load8's own checks gone): −0.2 M.
//   - The stream's rune cursors (StreamRunes, which the command uses)
//     count code points 32 and 8 ASCII bytes at a time (runeCount) where
//     utf8.RuneCountInString ranged over every byte, twice: the command
//     on the 1 MB mix 172.6 → 153.8 M (138.0 → 119.0 past an empty
//     file's 34.7 M; the measure above calls Extract, which
//     converts nothing).
//
// What did not pay (each function's own instructions per MB, against the
// code before it): nextHeld reading past the sentence's end and measuring
// a run of nine letters or more eight bytes at a time: ±0 (6.12 →
// 6.11); nextHeld hopping to the next run within the eight bytes it read
// when the gap before it is ASCII, the "one screen for each byte" lead
// again: +0.22, both together +0.60 (as speed23 found, the values of its
// loop no longer fit the registers); shortWords's loop bounded by
// len(text)-i with one slice text[i:][:9]: +0.45 (the same code,
// registers allocated otherwise); shortWords copying a sign's token from
// a table of the 128 ASCII signs, then its place: +0.44. Outside the
// package, it measured, not changed, three costs of the command that
// speed26 cut (below).
//
// What speed26 built (output byte-identical on the mix, the corpus, the
// kinds, the book's texts and their drafts). The command, `claimbook
// extract` on the 1 MB mix under cachegrind: 154.2 → 142.8 M, an empty
// file 35.4 → 33.3 M:
//
//   - newExclusionTable sets each rule at the one entry its needs name and
//     takes the union over subsets a trait at a time (11·2¹¹ + 10·2¹⁰
//     steps), where it tested every rule at every entry: −2.3 M at each
//     process start;
//   - indicators.LookupMeasure answers from maps built at its first ask
//     (symbol, alias, alias by fold key) where it searched with
//     strings.EqualFold: −3 M once per process, and drafting, which asks
//     it for every figure (BenchmarkWriteDrafts docs=30, (3x−1x)/2):
//     3000.3 → 2850.0 M (LookupMeasure with EqualFold 166 → 6 M);
//   - the command's table writer counts each cell's code points once,
//     pads with one run of spaces, and appends numbers and words in place
//     (no concatenation, no strings.Fields): −5.9 M.
//
// In the package (its own functions, (9x−1x)/8, three runs each: 69.24
// → 69.05 M; the whole 71.13 → 70.83 M, means of three, as noisy as
// above): factsKey reads a word of up to eight bytes as one uint64
// (−0.1), fractionalDuration asks Singular of a plural only, skipMarker
// tests a bullet's last byte before comparing it whole (the quotes and
// dashes that start sentences share the bullets' first byte: −0.06
// whole).
// Measured and left: the figure rules have no hot spot left. Of 11,000
// tries a MB, zeroing a candidate (504 bytes, 65 instructions) costs
// 0.58 M, the exclusion traits 1.5 M (179 a number), hedge 1.4 M (235 a
// figure, 2.2 hedges tried), sentenceYear with yearAt 1.0 M; each cut
// there is a tenth of a M, and tokenizing and the screen were left as
// speed25 found them.
//
// What remains, by where it goes (speed26's end; cachegrind, each
// function's own instructions, per MB): tokenizing about 21 M
// (shortWords 14.8: its loop keeps eight values, and the five constants
// of nonLetterBytes and the token's stores spill the rest; a change to it
// moves the registers of the whole loop, so each of speed22 to speed25's
// tries moved it by ±0.5 M either way), the screen of sentences with no
// digit 6.6 M (nextHeld 6.1) and the block scan 2.2 M, the sentences'
// ends and list markers about 3 M, and the figure rules (try, callgrind,
// inclusive) about 31.9 M, spread thin: 11,000 tries a MB at about 2,900
// instructions each, no rule above 1.7 M alone (numberPhase 9.0 with
// parseNum 4.6 and the exclusions 3.9, rangePhase 6.1 with unit 4.0,
// directionPhase 5.4 with figureYear 2.0, hedgePhase 2.6, all inclusive).
// 150 MB/s (53 M) needs another 18 M: fewer words read, not cheaper
// ones.
//
// What speed29 built (output byte-identical on the mix, the corpus and
// the kinds; the package's own functions, (9x−1x)/8, three runs each,
// 68.42 → 67.38 M; the whole by the measure above in the README). Work
// asked again, turns of a loop and stores that were not needed:
//
//   - yearAt asks its remembered answer (s.yearSeen, set only for four
//     digits from 1800 to 2150) before it reads the digits again, and
//     fourDigits reads its four bytes at once, with no loop: −0.37 (yearAt
//     0.82 → 0.51; the year rule, yearFirst and sentenceYear each ask it
//     of every four-digit number);
//   - numberToken and groupedEnd answer most numbers with one test of the
//     byte after them (no decimal point, exponent, comma or spaced
//     group), where each rule tested it in turn: −0.16;
//   - tokenize reads the space after a number with it, as after a word:
//     a number's space took a turn of the loop and its test of
//     shortWords's start (−0.16). Where tokenize leaves shortWords, per
//     MB of the mix: a digit 9,942 times, a space 7,963 (most of them
//     after a number, now read with it), "." 5,902, "$" 2,516, a line
//     break 1,221, another sign past ASCII 1,018, a word it does not read
//     (past sixteen letters, an apostrophe) 957, the text's last nine
//     bytes 811, a block's end 132;
//   - the fused pass sets its state field by field, its text once per
//     run (a literal copied whole stored the text's pointer at each
//     sentence): −0.12;
//   - nextHeld indexes its table by an unsigned length, which needs no
//     bounds check, and checks the table for nil once: −0.20;
//   - skipMarker tests a bullet's first byte once, not once a bullet:
//     −0.03.
//
// What did not pay (the package's functions, against the code before
// each): shortWords reading a word's shape before it writes the token, so
// that c dies sooner: +0.07; its loop bounded by i < len(text)-8, which
// keeps the slice's check and moves the registers: +0.12 (speed22 to
// speed25 found the same of every reordering there); a number's leading
// digits read eight bytes at a time, in digitsEnd (+0.20: no longer
// inline) or in numberToken (+0.03: most numbers have one to four
// digits, which the byte loop reads in fewer instructions); parseNum
// keeping its last answer for the sentence, as yearAt keeps its: +0.75
// (the same number is seldom asked twice in a row, and the answer is
// copied in and out at each ask). callgrind runs on the test binary with
// GODEBUG=asyncpreemptoff=1 (without it, it stops on the runtime's
// preemption signal); with one op its inclusive counts carry the
// one-time tables (MoneyUnit) into the rules that ask first.
//
// What tokenizing only within the rules' reach could save (speed30,
// measured, not built; `go run ./indicators/extract/internal/tokenreads`
// counts, on the 1 MB mix, every token a rule indexes). Tokenizing costs
// 20.2 M (shortWords 14.85, tokenize 3.95, numberToken 0.78: cachegrind,
// (9x−1x)/8), 168 instructions for each of the 120,360 tokens made in
// 4,309 sentences. Of those tokens 69,608 (57.8%) are read by a rule,
// 50,752 (42.2%) never: 8.5 M if they cost nothing not to make, the
// ceiling, against the 16.6 M that issue 11 still needs. They lie among
// the read ones (24.8% of the tokens between a sentence's first and last
// read token, 10.5% before, 6.9% after), since the candidates are dense:
// tokenize marks one token in 4.6, 10,998 start a try, and a try reads
// 1 token back and 3 on at the median, 16 back and 8 on at the 99th
// percentile, 73 back at most (directionBefore and dirAt, then
// excludeIdentifierChain). Outside every window of 8 tokens back and 11 on
// around the tries' candidates lie 23,879 tokens (19.8%), of which 7,386
// are read all the same (startsFigure on a candidate that starts no try,
// the sentence-wide readers); 16,493 (13.7%) are neither: 2.8 M at 168,
// about 1.7 M once the words are screened for the candidates that start a
// try (nextHeld reads about 12 instructions a byte, 5.1 bytes a token),
// before the cost of leaving and re-entering the tokenizer and of a lazy
// fallback for the reads outside the windows. Of the tokens before a
// sentence's first number (33%), 38.7% are read. So windows, however
// declared, give at most about 2% of the whole here; the third issue 11
// asks for is not in tokens made and never read.
//
// What speed31 built (output byte-identical on the mix, the corpus and
// the kinds; the package's own functions, (9x−1x)/8, three runs each,
// 67.44 → 66.56 M; the whole by the measure above 69.82 → 68.93 M,
// means of three):
//
//   - shortWords asks first whether a token starts with a letter, as
//     most do, and only then whether it is a space or a sign of
//     shortSyms, where every word paid both tests before its own: 14.57 →
//     13.90 M (−0.67);
//   - nonLetterBytes is written out, (^geA | gtZ | y) & hi, three
//     operations fewer than letterBytes's complement, at each word that
//     nextHeld and shortWords measure: nextHeld 5.22 → 5.14 M;
//   - nextHeld compares i < n unsigned, which leaves t[i] no bounds
//     check of its own: 5.14 → 5.05 M;
//   - shortWords reads a short word's key from the eight bytes at its
//     start (load8), where it joined its first byte to the eight after it:
//     −0.08.
//
// What did not pay: nextHeld passing the space after a sign in the same
// turn as the sign ("word, next"): +0.17 (5.14 → 5.30), its loop's values
// no longer in registers, as speed23 and speed25 found of every turn
// added there; its test of the space after a word compared unsigned
// too: ±0; letterBytes as nonLetterBytes's complement, so that the test
// is written once: +0.08 (alnumBytes, built on it, is no longer inline
// in skipMarker: +0.17 there, −0.09 in skipMarker). Left for a later
// session: try's candidate literal, 504 bytes zeroed at each of the
// 11,000 tries a MB, is 0.58 M (speed26), the largest single cost of the
// figure rules' own lines; zeroing only what a phase reads before it
// writes needs each field's first read proved.
//
// The figure rules by rule (speed32; callgrind on the test binary,
// GODEBUG=asyncpreemptoff=1, (9x−1x)/8, inclusive, M per MB of the mix;
// BenchmarkPhases/Fused, the whole but the matching, is 34.81 M of the
// 69.06, so the rules and their output are 34.25 M):
//
//	rule (calls per MB)                 M     of which
//	numberPhase (8,932)               8.92    parseNum 4.65, the rules before the unit 2.76
//	rangePhase (6,949)                6.43    unit and the second number
//	directionPhase (5,954)            5.22    figureYear 2.09
//	unitPhase (6,147)                 4.35    noFigure 1.68 (its rules 0.96)
//	hedgePhase (5,954)                2.66    singleHedge 2.53
//	yearFirst (10,997)                1.20
//	try's own lines                   1.18    the candidate zeroed, 0.53
//	currencyPhase (8,932)             1.16
//	wordFigure (9,065)                1.10
//	committeeVote (4,916)             0.16
//	nextFigure (startsFigure)         2.18
//
// Work asked twice: the exclusion traits. Of the 8,400 asks of
// applyExclusions a MB, a third are noFigure's of the number numberPhase
// already asked of; applyExclusions keeps its last traits keyed by what
// traits reads (the number's tokens, its digits when plain, identEnd) and
// toksGen: traits 1.51 → 1.00, applyExclusions 0.77 → 1.07 (the key), the
// package's own functions 66.75 → 66.53 M. Did not pay: the same memory
// in a function of its own (traitsOnce, a call at each ask: −0.16) or
// set by excluded and read by excludedAfter only, with a key of six
// fields (−0.12: excluded's store and the struct compare). Measured and
// left: a candidate split so that the fields of the range and unit phases
// are zeroed only past numberPhase would spare the zeroing of 22% of the
// candidates (6,949 of 8,932 reach rangePhase), about 0.1 M, against a
// load through a pointer at each field read after; isAny over lists of
// strings is 0.60 M, spread over noFigure, excludeCatalogueNumber and
// citation (0.08 each) and twenty more, so keying them by lexicon index
// gives a few hundredths each. Of 10,997 tries a MB, 8,932 make a
// candidate, 6,949 reach rangePhase and 5,954 a mention; an order of the
// phases' tests by what they reject was not measured.
//
// What the work on figures that are none costs (speed33, measured by
// replay: an experimental build records, at the first op, each try's
// answer, or whether a sentence's match put a mention, and the later ops
// skip what it names, answering as recorded, with the same mentions; the
// measure above, one run each, against 68.84 M on main 9465a05e):
//
//	skipped at the later ops                                M per MB  ceiling
//	every try that reports nothing (4,911 of 10,998)          63.37     5.5
//	  those yearFirst ends (1,933: years)                     68.40     0.44
//	  those numberPhase ends (2,755: 2,034 excluded)          65.09     3.76
//	the match of each sentence that puts no mention           65.80     3.0
//
// (the tokens of those sentences are made all the same: the fused pass
// decides their breaks as it tokenizes). Of the 3.76 M, numberPhase is
// 3.14 (the traits and rules 1.65, parseNum 1.10) and the phases before
// it the rest: about 1,400 instructions a number set aside. The rules
// that set numbers aside there, per MB: date-month-before 844, year 589,
// attached-letters 176, hyphen-after-word 144, attached-symbol 90,
// named-number 45, attached-word 42, date-month-after 30,
// identifier-chain 29; after the unit, time-back 45 and name-number 30.
// Built: startsFigure sets aside a number right after a month's name
// with a sign or the sentence's end after it ("December 27,", "(June
// 2024)": dayOfMonth), which date-month-before excludes and which nothing
// before it reads (608 a MB of the 844): 68.84 → 68.31 M whole (means of
// three), the package's own functions 66.85 → 66.26 M. Measured and
// left: the years that reach the exclusions (yearFirst takes most, at
// about 230 instructions each) come in no common shape ("in 2019 total",
// "the 2019 Olympics", "FY 2019 Export", "from 2019 levels"), so a second
// yearFirst would copy its conditions for a few dozen each;
// hyphen-after-word and named-number answer a run of an identifier
// (ident), which startsFigure cannot give. What try reads of numbers that
// are figures (about 21 M), tokenizing (21 M) and the screen and breaks
// (about 13 M) stay as speed32 found them: the 15 M issue 11 still asks
// is not in work done for nothing.
//
// What the reading of bytes could still save (speed34, measured on main
// d82f00a5; cachegrind, (9x−1x)/8, each function's own instructions per
// MB; the per-line shares from cg_annotate over the 9x run's ten ops):
//
//   - Bytes: 98.9% of the mix is ASCII (11,041 bytes past it a MB, 3,993
//     runes: "•" 1,094, "’" 891, no-break space 714, "–" 444), so the
//     rune path (unicodeToken, wordEnd, the non-ASCII part of spaceAt) is
//     under 0.7 M and tokenizing already runs the ASCII path (shortWords)
//     for nearly every word. Tokenizing is 20.3 M: shortWords 13.90,
//     tokenize 3.95, numberToken 0.78, spaceAt 0.57, groupedEnd 0.37,
//     the long and probed look-ups 0.66. Of shortWords, classifying bytes
//     (a token's first byte, the run's end, wordStops, the slice's check)
//     is about 2.9 M; the rest is each token's: its stores 1.0, the packed
//     look-up 1.4, the candidate bit 1.6, the loop's reloads 1.4. A pass
//     that classified each byte once could spare the 2.9 M at most, less
//     its own cost over the 610,000 bytes tokenized: about 1 M.
//   - Allocations: 369 and 2.2 MB per op; mallocgc and memclr are 0.04 M
//     a MB in all, and the tokens and candidate bits are reused from
//     sentence to sentence, so nothing is there to gain.
//   - The screen and breaks, 13.3 M: nextHeld 5.05, nextBreakOrDigit 2.23,
//     stopBreak 1.28 (10,460 calls, 122 instructions each), skipMarker
//     0.89, fusedSentence 0.79, mayHoldWords 0.51, event 0.45, numberish
//     0.43, the rest under 0.4 each. Each sentence's end and content's
//     start are read once, and both are used: what a screened sentence
//     (4,011 a MB) computes that it need not is its call of mayHoldWords
//     (0.51 M). A paragraph with no digit and no held word could be
//     passed whole only if a blank line were a sure sentence break, and
//     it is not: stopBreak reads on past one before a lower-case word, a
//     comma or a semicolon, and a lone list marker ("a.") runs on.
//
// What speed34 built (the package's own functions, (9x−1x)/8, 65.94 →
// 64.20 M; output byte-identical on the corpus and the kinds):
//
//   - shortWords looks a word of nine to sixteen letters up inline, the
//     two slots of lookupPacked16 (a key past both, rare, is left to
//     tokenize), so that its loop calls nothing: the call had Go keep the
//     loop's values in memory from each word's start, the short words'
//     too (stack slots in its code, 66 → 49): −0.28;
//   - with no call left, a sign's token is written field by field where a
//     literal was built and copied (speed24 found the opposite with the
//     call there): −0.17;
//   - nonLetterBytes is exact for the first byte that is no letter only,
//     which is all its callers read (whether it is 0, its lowest bit): y
//     − 'a' and one add, four constants where the exact test of each byte
//     took five and two operations more; in the two loops that keep their
//     values in registers the register it frees pays more than the
//     operations: shortWords 13.63 → 12.88, nextHeld 5.05 → 4.52 (−1.29
//     in all).
//
// Built and measured, did not pay (the package's own functions against the
// code before each): leaving the long words the lexicon's filter passes to
// tokenize, and the short words whose home slot says a key may sit further
// on (packFar), so that shortWords makes no look-up past two slots: +0.74
// (tokenize 3.95 → 5.09: both are common, each exit costs about 100
// instructions); the long words alone: +0.77; a word's shape read before
// its token is written, so that c dies sooner: ±0, before and after the
// new nonLetterBytes. The screen read 64 bytes at a time (nextHeld with
// mayHoldWords 5.55 M before) into masks of letters and of bytes past
// ASCII (one bit each, gathered by a multiply), each run found by its
// first bit and measured by the run of ones, held runs tested as before:
// 6.49 M with a loop over eight-byte groups (the constants of letterBytes
// built again in each turn: 6.3 instructions a byte), 5.47 M with the
// chunk read in one block of code (−0.08, within the noise), 5.91 M with
// chunks read past the sentence's end and masked, 5.64 M with the word
// loop in a function that calls nothing; the masks cost 1.7 M (4 a byte,
// not the 2 estimated) and each run 45 instructions, where nextHeld's hop
// costs about 78: what the estimate gave went to the masks and the loop's
// spills.
//
// What try does on real figures (speed35, main 226bc36d; cachegrind,
// (9x−1x)/8, each function's own instructions per MB, with the lines
// inlined from match.go's small readers counted where they are read).
// The tokens are made once per sentence and every rule indexes them, so
// no neighbourhood is tokenized twice; what a figure pays more than once
// is the rules' own tests of the same tokens:
//
//	work                                                 M per MB
//	a hedge before the figure (hedge, hedgeWordsAt,        1.51
//	  hedgesByWord): "than" ends 31 of the 120 hedges,
//	  "of" 17, "to" 10, each compared word by word
//	tt, a token's text, read by the rules                  0.81  (parseNum 0.13, singleUnit 0.09, rateSaid 0.07, directionAfter 0.07)
//	dash, a token's sign tested for a dash                 0.56  (rangeConnector 0.11, gluedScale 0.08, percentUnit 0.07, singleHedge 0.06)
//	the candidate literal zeroed (504 bytes, try)          0.49
//	the mention's fields stored (directionPhase)           0.42
//	unit's answer copied into the candidate (rangePhase)   0.32
//	span, token offsets to text offsets                    0.30  (directionPhase 0.20)
//	class, a word's lexicon class                          0.26  (digitScale 0.18: asked three times)
//	word facts and look-ups (facts, factsOf, factsKey,     1.5
//	  lookupPacked, MixedCaseSingular, map look-ups)
//
// Each reader but the hedges is spread over a dozen rules at a few
// hundredths each; a neighbourhood read into a struct once per figure
// would replace these loads of tokens already made with loads of the
// struct, so it was not built. Built (the package's own functions 64.42
// → 63.70 M, three runs each, ±0.01; output byte-identical on the mix,
// the corpus and the kinds):
//
//   - hedge tells a hedge by the word before its last (hedge.prev, its
//     wordLx) before hedgeWordsAt compares its words, where each hedge
//     ending in the word before the figure was compared from its first
//     word: hedgeWordsAt 0.68 → 0.11, hedge 0.59 → 0.62 (−0.54);
//   - digitScale asks a word's class once, where scaleWord, "dozen" and
//     "hundred" asked it each: 0.75 → 0.57.
//
// Measured and left: the candidate's zeroing and the unit's copy are
// speed31's and speed32's (a split candidate spares a tenth of a M);
// per-token work in the word loop (shortWords 13.24 M) as speed34 left
// it, its registers moved by every change there.
//
// What the code since speed35 added and what the word loop could still
// give (speed36, main 2d0f0e8f, 67.14 M whole, means of three; the
// package's own functions 65.01 M; each function's own instructions per
// MB, (9x−1x)/8, callgrind for the inclusive counts):
//
//   - The merges since 226bc36d, by function against e290d00d (speed35
//     merged, 66.02 M whole): found36's clauseRate, a rate after a
//     count's noun ("75,000 appointments scheduled per working day"), is
//     1.20 M inclusive: it asks rate of each of up to eight words after
//     each count's noun (2,974 words a MB), and rateStep called rateSaid
//     for every lower-case word, which took its text and tested its "ly"
//     (rate, rateStep, rateSaid 0.55 M more), then compared each word
//     with the nine modals as strings (isAny 0.33 M more), its own lines
//     0.32. Nothing else moved by more than 0.02.
//   - The word loop's look-ups (shortWords's lines, 76,000 short words a
//     MB): the packed table's look-up 1.14 M and its key 0.61 (the key
//     also gives the last letter for the candidate bit), the candidate
//     bit 1.67. A prefilter by first byte or length before the look-up
//     could spare at most the 1.75 M of the look-up and its key, less its
//     own test, a branch on the word where the look-up has none: the
//     words most often read ("the", "of", "and", "in") have entries, so it
//     would pass most words to the look-up all the same. Not built: each
//     of speed22 to speed35's changes to this loop moved its registers by
//     ±0.5 M.
//
// Built: rateStep tells a word that may open a base ("per", "a", "an",
// "each", "every", an adverb in "ly") by its index or its last two bytes
// before it calls rateSaid, which no longer tests the "ly" itself, and
// clauseRate asks a modal by a role (rModal, lexicon.Modals) where it
// compared nine strings: rateSaid 0.42 → 0.02, rateStep 0.79 → 0.44,
// isAny 0.90 → 0.57; the package's own functions 65.01 → 63.93 M (three
// runs each, ±0.01), output byte-identical on the mix, the corpus and the
// kinds. Measured and left: clauseRate's own lines (0.33 M) and rate's
// (0.17), two calls a word.
//
// What the word loop pays for each token (speed37, main a41d79bd: 66.04
// M whole, means of three, the package's own functions 63.59 M; per MB
// of the mix, (9x−1x)/8, the lines' shares from cg_annotate over the 9x
// run's ten ops). shortWords, 13.25 M, reads 68,450 words of up to eight
// letters a MB (about 130 instructions each), 10,090 of nine to sixteen,
// 10,650 signs of shortSyms and 6,390 spaces alone. By what the ideas
// would remove:
//
//	shortWords's lines                                       M per MB
//	the loop's head, the slice's check, the first byte's      2.94
//	  class (c, f, the letter test)
//	a short word's candidate bit (shape, 'd', st, block)      1.51
//	a short word's look-up (key, hash, two slots, packFar)    1.44
//	a short word's token stored (start to upper, lx)          0.96  (the zeroing 0.16)
//
//   - A word that starts and ends no mention gets its token all the
//     same: not writing it changes every rule's indexing (speed30: 8.5 M
//     at most, the tokens no rule reads), and writing it without the
//     zeroing (two stores) needs the seven other fields stored, since
//     the tokens are reused from sentence to sentence. Not built.
//   - The look-up per word is 1.44 M at most, and every word's lx is
//     read by the rules; a filter before it adds a branch for words most
//     of which have entries (speed36). Not built. Mispredicted branches
//     are not in this measure (instructions), and were not measured.
//   - Scanned twice: nextBreakOrDigit reads a sentence's bytes up to its
//     first digit before tokenize reads them again, 216,366 bytes a MB
//     (speed22) of the about 709,000 it reads (2.23 M): about 0.68 M at
//     most, and only if a sentence's digit were known before the scan
//     that finds it. nextHeld reads only sentences with no digit, and
//     those it passes to tokenize (a number word: 69,415 bytes a MB,
//     speed21, of 492,581) it read up to their first held word: under
//     4.52 × 69,415/492,581 = 0.64 M. Neither built.
//
// Built: shortWords reads a sign's class and roles from shortSyms, one
// table of uint64 (bit 0, the class, the roles), where it read
// shortSyms, asciiSymbols and symRoles, whose addresses it held in
// registers across its loop: shortWords 13.25 → 13.13 M, the package's
// own functions 63.59 → 63.47 M (three runs each, ±0.02); the whole 66.04
// → 66.09 M (means of three, within the ±0.3 M it moves).
//
// Which tokens are offered to which rules (speed38, main 3d272ec5; the
// package's own functions 63.84 M, per MB of the mix, counted by an
// experimental build that tallied each token of the sentences matched).
// The rules are already indexed by the token's class: tokenize sets a
// candidate bit from the token alone (a number, a currency sign, a sign
// before a glued number, a word by lexMayStart and its shape, a word
// before "$"), match finds the next bit by a bit scan, and startsFigure
// asks the neighbours of the candidates only:
//
//	tokens of the 4,309 sentences matched   120,360  (words 88,729, signs 21,674, numbers 9,957)
//	candidates (bit set)                      26,058  (words 13,420, numbers 9,957, signs 2,681)
//	startsFigure true                         16,168  (words 4,138)
//	tries                                     10,390  (numbers 6,241, signs 2,623, words 1,526)
//
// So the 94,302 tokens that no rule can start at are offered to none:
// nextFigure passes up to 64 of them at a test. Speed30's 8.5 M is what
// making the tokens no rule reads costs (tokenizing), not what offering
// them costs, and skipping it needs them not made (the windows above). What
// the index left: 9,282 word candidates that startsFigure turned away
// (about 120 instructions each in nextFigure, startsFigure and
// wordStartsFigure), and try's readers asked of classes they cannot
// start at (each tested its class first, but at a call each).
//
// Built (the package's own functions 63.84 → 62.64 M, three runs each,
// ±0.01; output byte-identical on the mix, the corpus and the kinds):
//
//   - mayStartWord names each word at its length ("several" of seven
//     letters, "negative" of eight, "u" of one, "few" and "INR" of three,
//     "a" and "an" of one or two), startShapes has rows to nine bytes,
//     and a word before a spaced "$" is a candidate only when it is one
//     of spacedSignWords, as startsFigure reads it: word candidates
//     13,420 → 10,995 ("services", "UK", "to $5"), startsFigure,
//     wordStartsFigure and nextFigure −0.29. shortWords's long words read
//     the shape's last row as a constant (l is nine or more there): with
//     the branchless min of their length it cost +0.22;
//   - try asks yearFirst, a rank in digits and committeeVote of numbers
//     only, wordFigure of words only, nothing of signs before the phases:
//     −0.35;
//   - a plain number word ("two", "half": plainNumbers, an entry of a
//     number's class that is no currency, ordinal or verb of multiplying
//     and whose letters start nothing) goes to numberPhase alone, past
//     wordFigure's readers and wordBefore: −0.51.
//
// Measured and left: of the word candidates still turned away (6,857),
// "U" (1,246: "U.S. $"), "a" (988) and "an" (203: "a hundred") are
// decided by the tokens after them, not their class; the words of seven
// letters or more ending in "d" (2,010: "totaled", "announced") would need
// "…fold"'s last two letters in shortWords's shape test, about three
// instructions for each of its 68,000 short words (0.2 M) to spare about
// 0.24 M; the ordinals when ranks are not asked for (about 450) would need
// a second packed table. committeeVote asks each number whether a dash
// follows (0.14 M): a context, not a class.

// Where the instructions go (speed41, main 2ab9e3a8: 64.81 M whole,
// means of three; the package's own functions 62.72 M; cachegrind, each
// function's own, (9x−1x)/8, and callgrind for the calls, per MB):
//
//	tokenizing, tokenize inclusive                     about 20
//	  shortWords (about 95,000 turns, 138 each)          13.14
//	  tokenize's own (15,000 calls of shortWords)         3.99
//	  numberToken                                         0.78
//	the screen: nextHeld 4.52, mayHoldWords, numberish    5.5
//	the block scan and breaks                             6.8
//	  nextBreakOrDigit 2.23, stopBreak 1.28 (9,400 calls), skipMarker
//	  0.89 (7,060 sentences), fusedSentence 0.79, spaceAt 0.57
//	the figure rules (none above 1.1 alone)             about 31
//	outside the package                                   2.1
//
// In shortWords's loop the slice's checks at its head, the values it
// spills and reloads (text, block, k, i, the first byte) and the 64-bit
// constants built again at each word are about a third of a turn: the
// register pressure speed22 to speed37 found. The windows around
// candidates were not built: speed30's ceiling (about 1.7 M) was not
// measured again.
//
// Built: the command is compiled with profile-guided optimization
// (cmd/claimbook/default.pgo, a CPU profile of BenchmarkExtractMixed1MB,
// which go build reads by default), so that the compiler inlines the
// rules' hot calls (parseNum, sentenceYear, skipMarker, rangePhase,
// traits, nextFigure, hedge and about forty more); shortWords is marked
// never to be inlined, since the profile put it into tokenize, where the
// tokenizer cost 17.9 → 18.8 M. This benchmark built with the profile:
// 64.81 → 62.42 M whole (−3.7%, means of three), the package's own functions 62.72 → 60.05;
// output byte-identical. Did not pay: runeIsLetter, unicode.IsLetter
// read from runeTokens in wordEnd ("’" after a word), 64.81 → 64.84 M
// whole and +0.02 M for the package's functions, three runs each;
// reverted.
//
// Where the instructions go (speed44, main 356ef86b: 64.96 M whole,
// means of three; the package's own functions 58.45 M; each function's
// own, callgrind over nine ops, per MB): shortWords 12.76, nextHeld 4.52,
// tokenize 3.97, nextBreakOrDigit 2.23, stopBreak 1.19, directionPhase
// 1.10, try 1.03, parseNum 1.00, applyExclusions 0.97, traits 0.89,
// skipMarker 0.89, sentenceYear 0.83, the rest of the figure rules as
// speed41 found them, no function above 1.1 M alone. In shortWords the
// line of the loop's test is 1.44 M, about 13 instructions for each of
// about 106,000 turns a MB (76,000 words of up to eight letters, 11,000
// of nine to sixteen, 11,800 signs, 7,000 spaces): i+9 <= len(text) says
// nothing of i's sign, so the slice text[i:i+9] kept two checks of its
// own (i+9 within text, compared unsigned, and i <= i+9), which
// `go build -gcflags=-d=ssa/check_bce/debug=1` lists. Tested as i >= 0
// and i <= len(text)-9, the compiler proves both: one test and a branch
// a turn where there were two, and a move less at the loop's back edge.
// The same in nextHeld's run of letters (load8's slice) and its tail,
// and in nextBreakOrDigit's blocks of sixteen and eight bytes (its text
// cut to limit once). Built: shortWords 12.76 → 12.37, nextHeld 4.52 →
// 4.33, nextBreakOrDigit 2.23 → 2.14 M; the package's own functions 58.45
// → 57.81 (three runs each, ±0.02), the whole 64.96 → 64.04 M (means of
// three); output unchanged. Not built: the windows of tokens around the
// candidates, the lead of the remaining 11 M (speed30's ceiling
// for the tokens no rule reads is 8.5 M): the rules index a sentence's
// tokens from its first and read up to 73 back, so each rule's reads
// would have to be made lazy first, more than this session could change
// and test.

// Where the instructions go, and what the windows could still give
// (speed45, main 27e8cd70: 64.21 M whole, means of three, 64.21, 64.01,
// 64.42; the package's own functions 57.85 M; callgrind over ten ops,
// per MB). Own: shortWords 12.37 (16,823 calls, about 100,000 turns),
// nextHeld 4.26, tokenize 3.97, nextBreakOrDigit 2.14, stopBreak 1.19,
// directionPhase 1.10, try 1.03, parseNum 1.00, applyExclusions 0.97,
// traits 0.89, skipMarker 0.89, no other above 0.8. Inclusive: the
// sentences with a digit 47.7 (tokenize 17.8, match 29.7), the sentences
// with none 10.1 (mayHoldWords 5.75 for 4,011 of them; the 471 it passes
// are tokenized and matched for 4.2); try 29.4 in all for 10,390 tries,
// about 2,830 instructions each (numberPhase 8.26, rangePhase 5.81,
// directionPhase 5.17, unitPhase 4.23, hedgePhase 2.19). The
// readers that cost most a call: unit 588 (6,177 calls), excluded 570,
// parseNum 483, countWord 474 (2,278 calls, 1.08 M: facts and headNoun),
// sentenceYear 500 a sentence that puts a mention.
//
// The tokens no rule reads, measured again (go run
// ./indicators/extract/internal/tokenreads): of 120,360 tokens a MB
// 53,055 (44.1%) are never read, 12.1% before a sentence's first read
// token, 23.3% between read ones, 8.7% after its last; outside every
// window of 8 tokens back and 11 on around the tries' candidates lie
// 25,200 (20.9%), 6,774 of them read all the same, and reads more than
// five tokens back are dirAt's (774), directionBefore's (330),
// excludeIdentifierChain's (176) and excludeDocumentReferenceList's (30).
// Tokenizing is about 18.5 M, 154 instructions a token, so never making
// the tokens no rule reads would give 8.2 M at most (about 56 M, above
// the 53), and windows of [-8,+11] about 2.8 M before the screen
// that would find their candidates and the lazy reads past their edges:
// the rules index s.toks and toks directly at about 440 places
// (match.go 238, exclusions.go 97, phases.go 61, ten files more), each
// of which would have to ask for a token through a reader that makes it
// on demand. Not built: more than one session can change and test, and
// short of the aim at its ceiling. Where shortWords leaves the word loop
// for tokenize: "." 6,271 times a MB, 4,283 of them a break that the
// fused pass decides by a call (event), and "$" 2,516, which a digit
// follows, which shortWords leaves to tokenize all the same: under 0.2 M
// each to read in the loop; not built.
//
// Built (the package's own functions 57.85 → 57.56 M, three runs each,
// ±0.02; output byte-identical on the mix, the corpus, the kinds, the
// Recognizers-Text sentences and the book's texts, drafts of the corpus
// too): bounds and nil checks that a turn paid and its tests could prove,
// as speed44's: tokenize cuts the text at the turn's end once (tx) and
// tests i against tx's length, so that its reads of a token's first
// byte, of the space after a number or a word and of the byte after a
// word need no check of their own (3.97 → 3.81); numberToken, groupedEnd
// and digitsEnd cut the text at end likewise for the bytes after a
// number (numberToken 0.78 → 0.72); shortWords checks blk for nil once,
// not at each token (12.37 → 12.29). Did not pay (the word path's
// instructions counted in the compiler's output, not kept): a short
// word's candidate bit as lexMayStart ANDed with a mask of a table
// [2][16][256] indexed by whether its last letter is 'd' (the index cost
// what the shifts spared: 33 instructions against 31); its first byte
// read from its loaded bytes so that c need not be kept across the turn
// (c is still stored for the long words: ±0).
//
// Measuring: valgrind 3.19 does not know RDTSCP, which runtime.cputicks
// executes when the runtime's lock is contended (lock2, from sysmon), so
// runs under cachegrind or callgrind died at random with SIGILL, the
// longer the likelier (BenchmarkWriteDrafts docs=30: six crashes in eight
// runs). GODEBUG=cpu.rdtscp=off has cputicks use RDTSC, which valgrind
// knows, and changes nothing else: none of this session's 26 runs with
// it crashed.
//
// Where the instructions go (speed47, main a322ca66: 63.74 M whole,
// means of three, 63.67, 64.12, 63.44; cachegrind (10x−2x)/8 with
// GODEBUG=cpu.rdtscp=off; inclusive, callgrind over eleven ops, per MB):
//
//	tokenizing      tokenize 17.55 (shortWords 11.51)
//	the screen      lightSentence 9.17 (mayHoldWords 5.23, nextHeld 3.87)
//	the breaks      event 2.67 (stopBreak 1.94), nextBreakOrDigit 1.96,
//	                skipMarker 0.97
//	the rules       numberPhase 7.51 (parseNum 3.87, applyExclusions 3.10),
//	                directionPhase 4.71 (figureYear 1.64, sentenceYear 1.43),
//	                unitPhase 3.84, hedgePhase 1.99, nextFigure 1.97,
//	                ratePhase 1.64
//
// The ideas of the brief measured first: a screen that passes more of
// the sentences with no digit gives little, since the words it lets
// through for a look-up beyond the number words (the "…d" of seven
// letters or more and "t…e" of five, kept for "…fold" and "twice") are
// about 700 a MB (under 0.1 M), and the screen's cost is its hop from
// word to word, not those look-ups; a skip of whole paragraphs (no digit
// and no number word between two blank lines) would cover 12% of the
// bytes (lines 30%, but a line break ends no sentence that continues,
// and a blank line after a stop and before a small letter ends none
// either), and spare only their breaks and list markers: not built. Of
// the numbers the exclusion rules end, years are most (2,522 a MB with
// yearFirst's, then date-month-before 236, attached-letters 176,
// hyphen-after-word 144). The figure rules still have no function above
// 1.2 M of its own; the tokens no rule reads (speed45: 8.2 M at most)
// remain the one large saving, and need the rules' direct indexing of
// the tokens made lazy.
//
// Built (output byte-identical: claimbook extract -format jsonl over
// the corpus, the kinds and the book's multi-source texts, 175 texts,
// -draft over the corpus; the whole 63.74 → 63.19 M, means of three,
// 63.16, 63.23, 63.19; the lines cg_annotate gives the package's
// functions, inlined callees included, 61.33 → 60.94, ±0.02):
//
//   - sentenceYear reads the sentence's numbers of four bytes only
//     (s.fours, set by tokenize through markFour at such a number), where
//     it scanned every candidate and tested each: sentenceYear 0.83 →
//     0.30, tokenize 3.81 → 3.98 M. A block of those bits carried in
//     tokenize's loop, as the candidates' block is, cost tokenize +0.41
//     (one value more across its calls): the bit is written to memory at
//     the number instead;
//   - the word fractions ("half", "a quarter", "two-thirds") ask
//     fracDecimal through a memo of its last eight answers on the scanner
//     (scanner.fraction), where each formatted and parsed a float twice,
//     about 2,400 instructions a call: −0.26 M whole (strconv, outside
//     the package's functions), and 369 → 288 allocations per op
//     (-benchmem -benchtime=30x; 2.2 MB per op for both).

// A fuse is the state of boundary that the heavy half carries while it
// tokenizes: where the sentence started, where its current line started
// (-1 on a first line shared with the sentence before), and bpos, the
// first byte whose break is not yet decided. fusedSentence resets every
// field but text one by one (run sets text), so a field added here must
// be reset there too.
type fuse struct {
	text      string
	start     int
	lineStart int
	bpos      int
	final     bool
	// The outcome: when done, e is the sentence's end; more says that
	// the sentence may go on past the end of a non-final text, runOn that
	// a break past maxSentence was met (boundary cuts such a sentence at
	// a space).
	done, more, runOn bool
	e                 sentenceEnd
}

// event decides the break byte at b (a line break or a stop), as boundary
// would at b: it moves f.bpos past what boundary would skip, or sets
// f.done, f.more or f.runOn.
func (f *fuse) event(b int) {
	if b-f.start >= maxSentence {
		f.runOn = true
		return
	}
	var (
		j    int
		e    sentenceEnd
		done bool
	)
	if f.text[b] == '\n' {
		j, e, done = newlineBreak(f.text, f.start, b, f.lineStart, f.final)
		f.lineStart = j
	} else {
		j, e, done = stopBreak(f.text, f.start, b, f.final)
	}
	if !done {
		f.bpos = j
		return
	}
	if !e.ok {
		f.more = true
		return
	}
	f.done, f.e = true, e
}

// span decides the break bytes of text[from:to] in order, those past
// f.bpos, until one ends the sentence: the bytes of a web address, which
// tokenize passes over whole.
func (f *fuse) span(from, to int) {
	for b := max(from, f.bpos); b < to && !f.stopped(); b++ {
		if b >= f.bpos && breakBytes[f.text[b]] {
			f.event(b)
		}
	}
}

// stopped reports whether an event ended the sentence or the fused read.
func (f *fuse) stopped() bool { return f.done || f.more || f.runOn }

// breakOrDigit holds breakBytes and the ASCII digits.
var breakOrDigit = func() (t [256]bool) {
	t = breakBytes
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// hasBreakOrDigitByte reports whether one of the bytes of x is one of
// breakBytes or an ASCII digit.
func hasBreakOrDigitByte(x uint64) bool { return breakHits(x)&hi|digitBytes(x) != 0 }

// breakOrDigitMask sets the high bit of each byte of x that is one of
// breakBytes or an ASCII digit, and no other bit.
func breakOrDigitMask(x uint64) uint64 { return breakByteMask(x) | digitBytes(x) }

// nextBreakOrDigit returns where text[i:limit] has its first byte of
// breakOrDigit, or limit. It reads sixteen bytes at a time (eight near
// limit), two bytes at a look-up of breakOrDigitPairs, whose answers
// joined give the first such byte of the block at once, in a loop of its
// own: in the loop of fusedSentence, whose events are calls, the values
// of the scan went to memory and back at each block. The look-ups need no
// constant (a word-at-a-time test of five bytes and a range built eight
// of them at each block).
//
//go:noinline
func nextBreakOrDigit(text string, i, limit int) int {
	t := breakOrDigitPairs
	// i >= 0 and i <= len(text)-16 are tested, not i+16 <= limit, so
	// that the compiler proves each block's bounds.
	text = text[:limit]
	for ; i >= 0 && i <= len(text)-16; i += 16 {
		b := text[i : i+16]
		m := uint(t[uint16(b[0])|uint16(b[1])<<8]) | uint(t[uint16(b[2])|uint16(b[3])<<8])<<2 |
			uint(t[uint16(b[4])|uint16(b[5])<<8])<<4 | uint(t[uint16(b[6])|uint16(b[7])<<8])<<6 |
			uint(t[uint16(b[8])|uint16(b[9])<<8])<<8 | uint(t[uint16(b[10])|uint16(b[11])<<8])<<10 |
			uint(t[uint16(b[12])|uint16(b[13])<<8])<<12 | uint(t[uint16(b[14])|uint16(b[15])<<8])<<14
		if m != 0 {
			return i + bits.TrailingZeros(m)
		}
	}
	for ; i >= 0 && i <= len(text)-8; i += 8 {
		b := text[i : i+8]
		m := uint(t[uint16(b[0])|uint16(b[1])<<8]) | uint(t[uint16(b[2])|uint16(b[3])<<8])<<2 |
			uint(t[uint16(b[4])|uint16(b[5])<<8])<<4 | uint(t[uint16(b[6])|uint16(b[7])<<8])<<6
		if m != 0 {
			return i + bits.TrailingZeros(m)
		}
	}
	for uint(i) < uint(len(text)) && !breakOrDigit[text[i]] {
		i++
	}
	return i
}

// breakOrDigitPairs holds breakOrDigit of two bytes a and b at a|b<<8:
// bit 0 when a is one of breakOrDigit, bit 1 when b is. 64 KB, of which
// prose reads the few lines of letters and spaces; built a line of 256
// at a time.
var breakOrDigitPairs = func() *[1 << 16]uint8 {
	t := new([1 << 16]uint8)
	var line [256]uint8 // the bits of a, for a b that is none
	for a, ok := range breakOrDigit {
		if ok {
			line[a] = 1
		}
	}
	for b, ok := range breakOrDigit {
		l := t[b<<8 : b<<8+256]
		copy(l, line[:])
		if ok {
			for a := range l {
				l[a] |= 2
			}
		}
	}
	return t
}()

// fusedSentence reads the sentence that starts at start of s.text, whose
// line starts with it when lineStart (boundary's atLine) and which a list
// marker may start when atLine (sentence's): it finds its end, screens it
// and, when it may hold a figure, tokenizes it and matches its tokens. It
// returns where the next sentence starts and whether that one starts a
// line; ok is false when the sentence may continue past the end of a
// non-final text, and then nothing of it was reported.
func (s *scanner) fusedSentence(start int, final, lineStart, atLine bool) (next int, nl, ok bool) {
	text := s.text
	limit := min(len(text), start+maxSentence)
	// The content's start, read with no end: right whenever the sentence
	// ends past it (skipMarker reads no further than its answer), which
	// is checked below.
	cs := skipMarker(text, start, len(text), atLine)
	// Set field by field: the text is s.text, which run set in it once
	// (a literal copied whole stored the text's pointer at each sentence).
	f := &s.fz
	f.start, f.lineStart, f.bpos, f.final = start, start, 0, final
	f.done, f.more, f.runOn, f.e = false, false, false, sentenceEnd{}
	if !lineStart {
		f.lineStart = -1
	}
	i := start
	for i < limit {
		i = nextBreakOrDigit(text, i, limit)
		if i == limit {
			break
		}
		if text[i]-'0' < 10 {
			if i >= cs {
				return s.heavySentence(cs, i, lineStart, atLine)
			}
			i++ // a list marker's digit
			continue
		}
		f.event(i)
		if f.more {
			return 0, false, false
		}
		if f.done {
			s.lightSentence(start, cs, f.e.end, atLine)
			return f.e.next, f.e.nl, true
		}
		i = f.bpos
	}
	if limit == len(text) {
		// The text ends in the sentence.
		if !final {
			return 0, false, false
		}
		s.lightSentence(start, cs, trimEnd(text, start, len(text)), atLine)
		return len(text), false, true
	}
	return s.runOn(start, final, lineStart, atLine)
}

// runOn gives the sentence at start, too long to be read as one, to
// boundary, which cuts it at a space, and to sentence.
func (s *scanner) runOn(start int, final, lineStart, atLine bool) (next int, nl, ok bool) {
	end, next, nl, ok := boundary(s.text, start, final, lineStart)
	if !ok {
		return 0, false, false
	}
	s.sentence(start, end, atLine)
	return next, nl, true
}

// lightSentence screens the sentence text[start:end], which has no digit
// from cs on (cs is where skipMarker put its content's start with no end
// to stop it), and, when it may hold a figure, tokenizes and matches it.
func (s *scanner) lightSentence(start, cs, end int, atLine bool) {
	if end <= cs {
		s.sentence(start, end, atLine) // the sentence's end cut its marker short
		return
	}
	s.sent.Start, s.sent.End = s.base+start, s.base+end
	if !s.mayHoldWords(s.text[cs:end]) {
		return
	}
	s.matchTokens(s.tokenize(cs, end))
}

// heavySentence tokenizes the sentence whose content starts at cs and
// which has a digit at d, deciding its breaks from s.fz.bpos on as it goes,
// and matches its tokens.
func (s *scanner) heavySentence(cs, d int, lineStart, atLine bool) (next int, nl, ok bool) {
	f := &s.fz
	f.bpos = d
	limit := min(len(s.text), f.start+maxSentence)
	s.fusing = true
	digits := s.tokenize(cs, limit)
	s.fusing = false
	switch {
	case f.more:
		return 0, false, false
	case f.runOn:
		return s.runOn(f.start, f.final, lineStart, atLine)
	case !f.done && limit < len(s.text):
		return s.runOn(f.start, f.final, lineStart, atLine)
	case !f.done && !f.final:
		return 0, false, false // the text ends in the sentence
	case !f.done:
		f.e = sentenceEnd{trimEnd(s.text, f.start, len(s.text)), len(s.text), false, true}
	}
	s.sent.Start, s.sent.End = s.base+f.start, s.base+f.e.end
	s.matchTokens(digits)
	return f.e.next, f.e.nl, true
}

// matchTokens matches the tokens of the sentence just tokenized, which has
// a number in digits when digits, if it has a number at all.
func (s *scanner) matchTokens(digits bool) {
	if !digits && !s.hasNumberWord() || s.skipMatch {
		return
	}
	s.yearRead = false
	s.match()
}
