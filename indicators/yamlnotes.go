package indicators

import (
	"bytes"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// YAMLOptions changes what WriteYAMLWith writes besides the catalog's
// fields. The zero value (or nil) writes what WriteYAML writes.
type YAMLOptions struct {
	// Header lines are written as comments before the catalog.
	Header []string
	// Notes are comment lines written above an indicator, keyed by its ID:
	// the evidence for a draft's guesses, or figures left out before it.
	Notes map[string][]string
	// SourceNotes are comment lines written above a source, keyed by its
	// ID.
	SourceNotes map[string][]string
	// FieldNotes are comments written at the end of one field's line,
	// keyed by indicator ID and then field name ("measure", "period").
	FieldNotes map[string]map[string]string
	// Trailer lines are written as comments after the indicators (before
	// the views, if any).
	Trailer []string
	// ViewNotes are comment lines written above a chart view, keyed by its
	// ID: why a draft proposes it.
	ViewNotes map[string][]string
	// SeriesNotes are comment lines written above a series, keyed by its
	// ID.
	SeriesNotes map[string][]string
	// Stated writes an indicator whose figure has Stated wording with
	// "stated" alone, leaving out the qualifier, value, low, high and scale
	// that Load reads from it, and the unit where the wording gives it.
	// A person editing the figure then edits one field.
	Stated bool
}

// WriteYAMLWith writes the catalog in its own input format, as WriteYAML
// does, with the comments and the shorter figures that o asks for. Load
// reads the output back to an equal catalog.
func WriteYAMLWith(w io.Writer, c *Catalog, o *YAMLOptions) error {
	if o == nil {
		o = &YAMLOptions{}
	}
	doc := c.yamlNode()
	root := doc.Content[0]
	if srcs := mapValue(root, "sources"); srcs != nil {
		for i, n := range srcs.Content {
			if notes := o.SourceNotes[c.Sources[i].ID]; len(notes) > 0 {
				n.HeadComment = comment(notes)
			}
		}
	}
	inds := mapValue(root, "indicators")
	if inds != nil {
		for i, n := range inds.Content {
			ind := &c.Indicators[i]
			if o.Stated && ind.Stated != "" {
				if q, u, err := ParseStatedAs(ind.Stated, ind.Measure); err == nil && quantityDiff(ind.Quantity, q) == "" {
					drop := []string{"qualifier", "value", "low", "high", "scale"}
					if u == ind.Unit {
						drop = append(drop, "unit")
					}
					dropKeys(n, drop...)
				}
			}
			if notes := o.Notes[ind.ID]; len(notes) > 0 {
				n.HeadComment = comment(notes)
			}
			for k, v := range o.FieldNotes[ind.ID] {
				if val := mapValue(n, k); val != nil && v != "" {
					val.LineComment = "# " + oneLine(v)
				}
			}
		}
		if len(inds.Content) == 0 {
			inds.Style = yaml.FlowStyle
		}
	}
	trailer := o.Trailer
	if k := mapKey(root, "views"); k != nil && len(trailer) > 0 {
		k.HeadComment = comment(trailer)
		trailer = nil
	}
	if views := mapValue(root, "views"); views != nil {
		for i, n := range views.Content {
			if notes := o.ViewNotes[c.Views[i].ID]; len(notes) > 0 {
				n.HeadComment = comment(notes)
			}
		}
	}
	if series := mapValue(root, "series"); series != nil {
		for i, n := range series.Content {
			if notes := o.SeriesNotes[c.Series[i].ID]; len(notes) > 0 {
				n.HeadComment = comment(notes)
			}
		}
	}
	var buf bytes.Buffer
	if len(o.Header) > 0 {
		buf.WriteString(comment(o.Header) + "\n")
	} else {
		buf.WriteString("# claimbook catalog. Spans (start, end) count Unicode code points into each\n# source's text, end exclusive.\n")
	}
	if err := encodeYAML(&buf, doc); err != nil {
		return err
	}
	if len(trailer) > 0 {
		buf.WriteString(comment(trailer) + "\n")
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// comment turns lines into YAML comment lines.
func comment(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("# " + oneLine(l))
	}
	return b.String()
}

// oneLine keeps a comment on its line: line breaks become spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' }), " ")
}

func mapKey(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i]
		}
	}
	return nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func dropKeys(m *yaml.Node, keys ...string) {
	out := m.Content[:0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		drop := false
		for _, k := range keys {
			if m.Content[i].Value == k {
				drop = true
			}
		}
		if !drop {
			out = append(out, m.Content[i], m.Content[i+1])
		}
	}
	m.Content = out
}
