package indicators

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

type jsonNumber = json.Number

type jsonSeriesPoint struct {
	Indicator string       `json:"indicator"`
	Source    string       `json:"source"`
	Period    *string      `json:"period"`
	Value     *json.Number `json:"value"`
	Low       *json.Number `json:"low"`
	High      *json.Number `json:"high"`
	Qualifier string       `json:"qualifier"`
	Stated    string       `json:"stated"`
}

type jsonSeries struct {
	ID      string            `json:"id"`
	Title   string            `json:"title"`
	Unit    string            `json:"unit"`
	Measure string            `json:"measure"`
	Points  []jsonSeriesPoint `json:"points"`
}

type jsonConflict struct {
	Series     string   `json:"series"`
	Period     string   `json:"period"`
	Kind       string   `json:"kind"` // conflictKind
	Indicators []string `json:"indicators"`
	Note       string   `json:"note"`
}

// conflictKind is the word the exports write for the kind of cf:
// "conflict" or "revision".
func conflictKind(cf Conflict) string {
	if cf.Revision {
		return "revision"
	}
	return "conflict"
}

type seriesModel struct {
	series    []jsonSeries
	conflicts []jsonConflict
}

// seriesModel returns what the exports write of the series and their
// conflicts; all is c.SeriesPoints().
func (c *Catalog) seriesModel(all [][]SeriesPoint) seriesModel {
	m := seriesModel{series: make([]jsonSeries, 0, len(c.Series)), conflicts: []jsonConflict{}}
	for i, s := range c.Series {
		j := jsonSeries{ID: s.ID, Title: s.Title, Points: make([]jsonSeriesPoint, 0, len(all[i]))}
		u, meas := s.Unit, ""
		if s.MeasureSet {
			meas = s.Measure.String()
		}
		for _, p := range all[i] {
			ind := p.Indicator
			if u.IsZero() {
				u = ind.Unit
			}
			if meas == "" {
				meas = ind.Measure.String()
			}
			jp := jsonSeriesPoint{Indicator: ind.ID, Source: p.Source, Qualifier: ind.Quantity.Qualifier.String(), Stated: ind.Stated}
			jp.Value, jp.Low, jp.High = figureNumbers(ind, proportionShown(ind, ind.Quantity)) // a fall below zero, as the indicator table
			if ind.Period.IsStated() {
				ps := ind.Period.String()
				jp.Period = &ps
			}
			j.Points = append(j.Points, jp)
		}
		j.Unit, j.Measure = u.String(), meas
		m.series = append(m.series, j)
	}
	for _, cf := range c.conflicts(all) {
		m.conflicts = append(m.conflicts, jsonConflict{Series: cf.Series, Period: cf.Period.String(), Kind: conflictKind(cf), Indicators: cf.Indicators[:], Note: cf.Note})
	}
	return m
}

// SeriesCSVHeader is the header row of WriteSeriesCSV.
var SeriesCSVHeader = []string{"Series", "Series title", "Unit", "Period", "Indicator", "Source", "Stated", "Qualifier",
	"Value", "Low", "High", "Status", "Quote", "Conflicts with", "Revised by"}

// WriteSeriesCSV writes one row per point of each series, series by series
// and each in period order (see Catalog.SeriesPoints), with the columns of
// SeriesCSVHeader: the point's figure as stated and in numbers (value for
// a point, low and high for a range), its source and first quote, the
// IDs of the points of the same series and period it conflicts with, and
// of the points of later sources that revise it (see Conflict), each
// joined with ";". Text is guarded as WriteCSV guards it.
func WriteSeriesCSV(w io.Writer, c *Catalog) error {
	c = c.OneRateWorded() // one rate base, one wording, as every output
	cw := csv.NewWriter(w)
	if err := cw.Write(SeriesCSVHeader); err != nil {
		return err
	}
	all := c.SeriesPoints()
	with, revisedBy := map[string][]string{}, map[string][]string{}
	for _, cf := range c.conflicts(all) {
		a, b := cf.Indicators[0], cf.Indicators[1]
		if cf.Revision {
			revisedBy[a] = append(revisedBy[a], b)
			continue
		}
		with[a] = append(with[a], b)
		with[b] = append(with[b], a)
	}
	str := func(n *json.Number) string {
		if n == nil {
			return ""
		}
		return string(*n)
	}
	m := c.seriesModel(all)
	for i, s := range c.Series {
		for k, p := range all[i] {
			ind, jp := p.Indicator, m.series[i].Points[k]
			quote := ""
			if len(ind.Provenance) > 0 {
				quote = ind.Provenance[0].Quote
			}
			rec := []string{s.ID, SafeText(s.Title), m.series[i].Unit, ind.Period.String(), ind.ID, p.Source, SafeText(ind.Stated),
				ind.Quantity.Qualifier.String(), str(jp.Value), str(jp.Low), str(jp.High), ind.Status.String(), SafeText(quote), strings.Join(with[ind.ID], ";"),
				strings.Join(revisedBy[ind.ID], ";")}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// yamlSeries adds the series and the conflicts to a catalog's YAML: the
// series as declared (their points are the indicators' "series" fields)
// and the conflicts as computed, which Load checks.
func (c *Catalog) yamlSeries(top yfields) {
	if len(c.Series) == 0 {
		return
	}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, s := range c.Series {
		m := ymap()
		f := yfields{m}
		f.str("id", s.ID)
		f.str("title", s.Title)
		if !s.Unit.IsZero() {
			f.add("unit", ystr(s.Unit.String()))
		}
		if s.MeasureSet {
			f.add("measure", ystr(s.Measure.String()))
		}
		list.Content = append(list.Content, m)
	}
	top.add("series", list)
	cfs := c.Conflicts()
	if len(cfs) == 0 {
		return
	}
	out := &yaml.Node{Kind: yaml.SequenceNode}
	for _, cf := range cfs {
		m := ymap()
		f := yfields{m}
		f.str("series", cf.Series)
		f.add("period", ystr(cf.Period.String()))
		if cf.Revision {
			f.str("kind", conflictKind(cf))
		}
		f.add("indicators", yseq(cf.Indicators[:], true))
		f.str("note", cf.Note)
		out.Content = append(out.Content, m)
	}
	top.add("conflicts", out)
}
