// Command tokenreads counts which of the tokens that the extractor makes
// are ever read by a rule, the ceiling of tokenizing only what the rules
// read (fused.go). It builds the extract package with every read of a
// token (toks[k], s.toks[k]) outside the tokenizer rewritten into a call
// that records it, through go test's -overlay (the tree is not changed),
// and runs TestTokenReads (probe_test.go.txt) over the 1 MB mix of
// BenchmarkExtractMixed1MB:
//
//	go run ./indicators/extract/internal/tokenreads
//
// from the module's root. A token is read when a rule indexes it; the
// binary search of ownYearAfter (offsets only) and len(s.toks) are not
// counted.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

//go:embed probe.go.txt
var probeSource string

//go:embed probe_test.go.txt
var probeTest string

// tokenizer names the functions that make the tokens: their reads are not
// a rule's.
var tokenizer = map[string]bool{"tokenize": true, "shortWords": true, "signStarts": true}

// wide names the readers of the whole sentence, counted apart.
var wide = map[string]bool{"sentenceYear": true, "millionWordIn": true, "hasNumberWord": true}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "tokenreads:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) != 0 {
		return fmt.Errorf("no arguments: run it from the module's root")
	}
	pkg := filepath.Join("indicators", "extract")
	dir, err := os.MkdirTemp("", "tokenreads")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	overlay, err := instrument(pkg, dir)
	if err != nil {
		return err
	}
	js, err := json.Marshal(map[string]any{"Replace": overlay})
	if err != nil {
		return err
	}
	ov, err := write(dir, "overlay.json", js)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "test", "-overlay", ov, "-count=1", "-run", "^TestTokenReads$", "-v", "./"+filepath.ToSlash(pkg))
	cmd.Stdout, cmd.Stderr = stdout, stderr
	return cmd.Run()
}

// instrument writes to dir the package's files that read tokens,
// rewritten, and the probe's, and returns the overlay that puts them in
// the package at pkg. It fails when a probe found no place to go.
func instrument(pkg, dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(pkg, "*.go"))
	if err != nil {
		return nil, err
	}
	overlay := map[string]string{}
	hooks := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out, changed, err := rewrite(f, src, hooks)
		if err != nil {
			return nil, err
		}
		if changed {
			if overlay[abs(f)], err = write(dir, filepath.Base(f), out); err != nil {
				return nil, err
			}
		}
	}
	for _, h := range append([]string{"tokenize", "match", "try"}, slices.Sorted(maps.Keys(wide))...) {
		if !hooks[h] {
			return nil, fmt.Errorf("no %s in %s: the probe has no place to go", h, pkg)
		}
	}
	for name, text := range map[string]string{"probe.go": probeSource, "probe_test.go": probeTest} {
		if overlay[abs(filepath.Join(pkg, name))], err = write(dir, name, []byte(text)); err != nil {
			return nil, err
		}
	}
	return overlay, nil
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

func write(dir, name string, b []byte) (string, error) {
	p := filepath.Join(dir, name)
	return p, os.WriteFile(p, b, 0o644)
}

// rewrite returns the file src with each read of a token outside the
// tokenizer made a call of probeTok, and the probes of a sentence
// (tokenize), of a try (match) and of the wide readers; hooks gets the
// names of the functions it met, and "try" when match calls s.try.
func rewrite(name string, src []byte, hooks map[string]bool) ([]byte, bool, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, false, err
	}
	changed := false
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		fn := fd.Name.Name
		hooks[fn] = true
		switch {
		case fn == "tokenize":
			prepend(fd, "probeFlush(s)", "defer probeStart(s)")
		case fn == "match" && fd.Recv != nil:
			prepend(fd, "probeMatched = true")
			hooks["try"] = tries(fd.Body)
		case wide[fn]:
			prepend(fd, "probeWide++", "defer func() { probeWide-- }()")
		}
		if tokenizer[fn] {
			changed = changed || fn == "tokenize"
			continue
		}
		replace(reflect.ValueOf(fd.Body), func(e ast.Expr) ast.Expr {
			ix, ok := e.(*ast.IndexExpr)
			if !ok || !isToks(ix.X) {
				return e
			}
			changed = true
			return &ast.StarExpr{X: &ast.CallExpr{Fun: ast.NewIdent("probeTok"), Args: []ast.Expr{ix.X, ix.Index}}}
		})
		changed = changed || fn == "match" || wide[fn]
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		return nil, false, err
	}
	return b.Bytes(), changed, nil
}

// isToks reports whether e is a slice of tokens by its name: toks or
// x.toks.
func isToks(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name == "toks"
	case *ast.SelectorExpr:
		return x.Sel.Name == "toks"
	}
	return false
}

// prepend puts the statements stmts at the start of fd's body.
func prepend(fd *ast.FuncDecl, stmts ...string) {
	var list []ast.Stmt
	for _, s := range stmts {
		list = append(list, stmt(s))
	}
	fd.Body.List = append(list, fd.Body.List...)
}

func stmt(s string) ast.Stmt {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+s+"\n}", 0)
	if err != nil {
		panic(err)
	}
	return f.Decls[0].(*ast.FuncDecl).Body.List[0]
}

// tries puts probeTryStart(i) before and probeTryEnd() after each
// statement of match that calls s.try(i, …), and reports whether there
// was one.
func tries(b *ast.BlockStmt) (found bool) {
	ast.Inspect(b, func(n ast.Node) bool {
		blk, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		var list []ast.Stmt
		for _, st := range blk.List {
			if as, ok := st.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				if c, ok := as.Rhs[0].(*ast.CallExpr); ok {
					if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "try" {
						i := c.Args[0].(*ast.Ident).Name
						list = append(list, stmt("probeTryStart("+i+")"), st, stmt("probeTryEnd()"))
						found = true
						continue
					}
				}
			}
			list = append(list, st)
		}
		blk.List = list
		return true
	})
	return found
}

var exprType = reflect.TypeFor[ast.Expr]()

// replace sets, bottom up, each expression e under v to f(e).
func replace(v reflect.Value, f func(ast.Expr) ast.Expr) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			replace(v.Elem(), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[ast.Object]() || v.Type() == reflect.TypeFor[ast.Scope]() {
			return
		}
		for i := range v.NumField() {
			set(v.Field(i), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			set(v.Index(i), f)
		}
	}
}

func set(fv reflect.Value, f func(ast.Expr) ast.Expr) {
	if !fv.CanSet() {
		return
	}
	replace(fv, f)
	if fv.Type() == exprType && !fv.IsNil() {
		fv.Set(reflect.ValueOf(f(fv.Interface().(ast.Expr))))
	}
}
