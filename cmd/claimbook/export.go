package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path"
	"path/filepath"

	"github.com/claimbook/claimbook/indicators"
)

func init() {
	commands["export"] = command{summary: "write a catalog as JSON, CSV or YAML (with its source texts)", run: runExport}
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	catalog := fs.String("catalog", "", "catalog `FILE` (YAML or JSON); the embedded U.S.-Japan 2015 catalog if empty")
	format := fs.String("format", "json", "output `format`: json, csv or yaml")
	out := fs.String("out", "", "write files into `DIR` instead of standard output (yaml: the catalog and its source texts)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook export [-catalog FILE] [-format json|csv|yaml] [-out DIR]")
		fmt.Fprintln(stderr, "\nExport writes the catalog in the JSON contract, as CSV (one row per indicator), or as a YAML")
		fmt.Fprintln(stderr, "catalog. With -out DIR and -format yaml, DIR gets catalog.yaml and the source texts it names,")
		fmt.Fprintln(stderr, "so the pair can be copied, edited and verified anywhere.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var write func(io.Writer, *indicators.Catalog) error
	var name string
	switch *format {
	case "json":
		write, name = indicators.WriteJSON, "indicators.json"
	case "csv":
		write, name = indicators.WriteCSV, "indicators.csv"
	case "yaml", "yml":
		write, name = indicators.WriteYAML, "catalog.yaml"
	default:
		fs.Usage()
		return usageError{fmt.Sprintf("unknown format %q: write json, csv or yaml", *format)}
	}
	c, err := loadCatalog(*catalog, stderr)
	if err != nil {
		return err
	}
	if *out == "" {
		var buf bytes.Buffer
		if err := write(&buf, c); err != nil {
			return err
		}
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	files := map[string][]byte{}
	var order []string
	if name == "catalog.yaml" {
		// Put each source text beside the catalog under its base name.
		used := map[string]string{}
		for i := range c.Sources {
			s := &c.Sources[i]
			if s.Text == "" {
				continue
			}
			base := path.Base(filepath.ToSlash(s.TextPath))
			if base == "." || base == "/" || base == "" {
				base = s.ID + ".txt"
			}
			if prev, clash := used[base]; clash && prev != s.Text {
				base = s.ID + "-" + base
			}
			used[base] = s.Text
			s.TextPath = base
			if _, seen := files[base]; !seen {
				files[base] = []byte(s.Text)
				order = append(order, base)
			}
		}
	}
	var buf bytes.Buffer
	if err := write(&buf, c); err != nil {
		return err
	}
	// Texts first, the catalog last: a catalog on disk always has its texts.
	order = append(order, name)
	files[name] = buf.Bytes()
	for _, f := range order {
		p := filepath.Join(*out, f)
		if err := writeFileAtomic(p, files[f]); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", p, len(files[f]))
	}
	return nil
}
