package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
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
	format := fs.String("format", "json", "output `format`: json, csv (indicators), derived-csv (derived figures), series-csv (points of series) or yaml")
	out := fs.String("out", "", "write files into `DIR` instead of standard output (yaml: the catalog and its source texts)")
	load := addLoadFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook export [-catalog FILE] [-format json|csv|derived-csv|series-csv|yaml] [-out DIR] [-texts DIR ...] [-max-text-size SIZE]")
		fmt.Fprintln(stderr, "\nExport writes the catalog in the JSON contract, as CSV (csv: one row per indicator; derived-csv:")
		fmt.Fprintln(stderr, "one row per derived figure; series-csv: one row per point of a series, with its conflicts and revisions), or as a YAML catalog. With -out DIR and -format yaml, DIR gets catalog.yaml and the source texts it names,")
		fmt.Fprintln(stderr, "so the pair can be copied, edited and verified anywhere: each text under a safe base name of its")
		fmt.Fprintln(stderr, "own (no folder, no leading dot, never catalog.yaml, unique ignoring case).")
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
	case "derived-csv":
		write, name = indicators.WriteDerivedCSV, "derived.csv"
	case "series-csv":
		write, name = indicators.WriteSeriesCSV, "series.csv"
	case "yaml", "yml":
		write, name = indicators.WriteYAML, "catalog.yaml"
	default:
		fs.Usage()
		return usageError{fmt.Sprintf("unknown format %q: write json, csv, derived-csv, series-csv or yaml", *format)}
	}
	c, err := loadCatalog(*catalog, load, stderr)
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
	if name != "catalog.yaml" {
		var buf bytes.Buffer
		if err := write(&buf, c); err != nil {
			return err
		}
		p := filepath.Join(*out, name)
		if err := writeFileAtomic(p, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", p, buf.Len())
		return nil
	}
	bundle, err := indicators.Bundle(c)
	if err != nil {
		return err
	}
	// The catalog and its texts are one set, swapped in at once as build's
	// outputs are: DIR must be new, empty or an earlier bundle.
	set := make([]buildFile, len(bundle))
	for i, f := range bundle {
		set[i] = buildFile{name: f.Name, data: f.Data}
	}
	ctx, stop := notifySignals(context.Background())
	defer stop()
	if err := writeSet(ctx, *out, set, stderr); err != nil {
		return err
	}
	for _, f := range set {
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", filepath.Join(*out, f.name), len(f.data))
	}
	return nil
}
