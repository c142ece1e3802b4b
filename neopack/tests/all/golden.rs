//! SPEC.md's "Examples" table, row by row: value → exact bytes → the same value back.

use crate::support::golden::GOLDEN;
use neopack::{Decoder, Encoder, Limits, decode, encode_value, validate};

#[test]
fn every_golden_row_encodes_to_its_exact_bytes() {
    for row in GOLDEN {
        let mut enc = Encoder::new();
        (row.enc)(&mut enc).unwrap_or_else(|e| panic!("{}: {e}", row.name));
        assert_eq!(enc.finish().unwrap(), row.bytes(), "row {}", row.name);
    }
}

#[test]
fn every_golden_row_decodes_back_with_the_typed_decoder() {
    for row in GOLDEN {
        let bytes = row.bytes();
        let mut dec = Decoder::new(&bytes, Limits::default()).unwrap();
        (row.dec)(&mut dec).unwrap_or_else(|e| panic!("{}: {e}", row.name));
        dec.finish().unwrap_or_else(|e| panic!("{}: {e}", row.name));
    }
}

#[test]
fn every_golden_row_round_trips_schema_less_and_validates_against_its_type() {
    for row in GOLDEN {
        let bytes = row.bytes();
        let v = decode(&bytes, Limits::default()).unwrap_or_else(|e| panic!("{}: {e}", row.name));
        let mut enc = Encoder::new();
        encode_value(&v, &mut enc).unwrap();
        assert_eq!(enc.finish().unwrap(), bytes, "row {}", row.name);
        if let Some(ty) = (row.ty)() {
            validate(&bytes, &ty, Limits::default())
                .unwrap_or_else(|e| panic!("{} as {ty}: {e}", row.name));
        }
        neopack::pretty(&bytes, Limits::default()).unwrap();
    }
}

/// The SPEC row: "| `name` | ... | `hex` | `Encoder::x` | `Decoder::y` |".
fn spec_rows() -> Vec<&'static str> {
    let spec = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/SPEC.md"));
    let examples = &spec[spec.find("## 9. Examples").expect("SPEC.md has an Examples section")..];
    examples.lines().filter(|l| l.starts_with("| `")).collect()
}

#[test]
fn spec_examples_table_lists_exactly_the_golden_rows() {
    let rows = spec_rows();
    assert_eq!(rows.len(), GOLDEN.len(), "SPEC.md example rows vs golden table");
    for (line, row) in rows.iter().zip(GOLDEN) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        assert_eq!(cells[1], format!("`{}`", row.name), "{line}");
        assert_eq!(cells[3], format!("`{}`", row.hex), "{line}");
        assert_eq!(cells[4], format!("`{}`", row.functions[0]), "{line}");
        assert_eq!(cells[5], format!("`{}`", row.functions[1]), "{line}");
    }
}

#[test]
fn every_golden_row_is_a_seed_of_the_decode_fuzz_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let bless = std::env::var_os("NEOPACK_BLESS").is_some();
    for row in GOLDEN {
        let bytes = row.bytes();
        let path = root.join("decode").join(format!("golden-{}", row.name));
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let found = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(found, bytes, "{} (run with NEOPACK_BLESS=1 to rewrite)", path.display());
    }
}

/// SPEC.md's "Fingerprints" vectors: each row's canonical text is what `Function::fingerprint`
/// hashes, and its fingerprint is the code's.
mod fingerprints {
    use neopack::schema::{Case, Function, Type, fingerprint};

    fn entry() -> Type {
        Type::record([
            ("key", Type::String),
            ("value", Type::list(Type::U8)),
            ("tags", Type::list(Type::String)),
            ("version", Type::U64),
        ])
    }

    fn color() -> Type {
        Type::enumeration(["red", "green", "light-blue"])
    }

    fn perms() -> Type {
        Type::flags(["read", "write", "exec"])
    }

    fn f<const N: usize>(name: &str, params: [(&str, Type); N], result: Option<Type>) -> Function {
        Function::new(name, params, result)
    }

    /// The functions of the table, by row name, built from the schema model.
    fn vectors() -> Vec<(&'static str, Function)> {
        let kv_error = Type::Variant(vec![
            Case::new("invalid-key", Some(Type::String)),
            Case::new("too-large", Some(Type::U64)),
        ]);
        let shape = Type::Variant(vec![
            Case::new("point", None),
            Case::new("circle", Some(Type::F64)),
            Case::new("rect", Some(Type::Tuple(vec![Type::F32, Type::F32]))),
        ]);
        let node = Type::record([
            ("id", Type::U32),
            ("children", Type::list(Type::option(Type::Tuple(vec![Type::S8, Type::Char])))),
        ]);
        vec![
            ("noop", f("noop", [], None)),
            ("bool", f("flip", [("b", Type::Bool)], Some(Type::Bool))),
            (
                "unsigned",
                f("widen", [("a", Type::U8), ("b", Type::U16), ("c", Type::U32)], Some(Type::U64)),
            ),
            (
                "signed",
                f("narrow", [("a", Type::S64), ("b", Type::S32), ("c", Type::S16)], Some(Type::S8)),
            ),
            ("float-char", f("mix", [("x", Type::F32), ("c", Type::Char)], Some(Type::F64))),
            (
                "string-list",
                f(
                    "split",
                    [("s", Type::String), ("sep", Type::Char)],
                    Some(Type::list(Type::String)),
                ),
            ),
            ("record-option", f("get", [("key", Type::String)], Some(Type::option(entry())))),
            (
                "result-ok-err",
                f("put", [("e", entry())], Some(Type::result(Some(Type::U64), Some(kv_error)))),
            ),
            (
                "tuple",
                f(
                    "swap",
                    [("p", Type::Tuple(vec![Type::U8, Type::String]))],
                    Some(Type::Tuple(vec![Type::String, Type::U8])),
                ),
            ),
            ("variant", f("area", [("s", shape)], Some(Type::F64))),
            ("enum", f("paint", [("c", color())], Some(Type::option(color())))),
            (
                "result-ok",
                f("parse", [("s", Type::String)], Some(Type::result(Some(Type::U32), None))),
            ),
            (
                "result-err",
                f("check", [("s", Type::String)], Some(Type::result(None, Some(Type::String)))),
            ),
            ("result-empty", f("touch", [], Some(Type::result(None, None)))),
            ("flags", f("chmod", [("p", perms())], Some(perms()))),
            (
                "nested",
                f(
                    "walk",
                    [("roots", Type::list(node)), ("depth", Type::option(Type::U16))],
                    Some(Type::result(Some(Type::list(Type::list(Type::U8))), Some(color()))),
                ),
            ),
        ]
    }

    /// The rows between the fingerprint markers: (row, canonical text, fingerprint).
    fn documented() -> Vec<(String, String, u64)> {
        let spec = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/SPEC.md"));
        let start = spec.find("<!-- fingerprints:begin -->").expect("fingerprints begin marker");
        let end = spec.find("<!-- fingerprints:end -->").expect("fingerprints end marker");
        let unquote =
            |c: &str| c.strip_prefix('`').and_then(|c| c.strip_suffix('`')).map(str::to_owned);
        spec[start..end]
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let row = unquote(cells[1]).expect("row name in backquotes");
                let text = unquote(cells[3]).expect("canonical text in backquotes");
                let hex = unquote(cells[4]).expect("fingerprint in backquotes");
                let hex = hex.strip_prefix("0x").expect("fingerprint in hex");
                (row, text, u64::from_str_radix(hex, 16).expect("fingerprint in hex"))
            })
            .collect()
    }

    #[test]
    fn spec_fingerprint_rows_match_the_canonical_text_and_function_fingerprint() {
        let doc = documented();
        let code = vectors();
        let names = |v: Vec<&str>| v.join(", ");
        assert_eq!(
            names(doc.iter().map(|d| d.0.as_str()).collect()),
            names(code.iter().map(|c| c.0).collect()),
            "SPEC.md fingerprint rows vs the vectors"
        );
        for ((row, text, fp), (_, function)) in doc.iter().zip(&code) {
            let rendered = format!("{}: {}", function.name, function.signature());
            assert_eq!(text, &rendered, "row `{row}`: canonical text");
            assert_eq!(fingerprint(text.as_bytes()), *fp, "row `{row}`: FNV-1a of the text");
            assert_eq!(function.fingerprint(), *fp, "row `{row}`: Function::fingerprint");
        }
    }

    #[test]
    fn spec_fingerprint_vectors_cover_every_type_kind() {
        fn kinds(t: &Type, seen: &mut std::collections::BTreeSet<String>) {
            let kind = match t {
                Type::Result { ok, err } => format!("result-{}-{}", ok.is_some(), err.is_some()),
                Type::Variant(cases) => {
                    for c in cases {
                        seen.insert(format!("case-payload-{}", c.ty.is_some()));
                    }
                    "variant".to_owned()
                }
                other => other.render().split(['<', '{']).next().unwrap_or_default().to_owned(),
            };
            seen.insert(kind);
            match t {
                Type::List(x) | Type::Option(x) => kinds(x, seen),
                Type::Record(fs) => fs.iter().for_each(|f| kinds(&f.ty, seen)),
                Type::Tuple(ts) => ts.iter().for_each(|x| kinds(x, seen)),
                Type::Variant(cs) => {
                    cs.iter().filter_map(|c| c.ty.as_ref()).for_each(|x| kinds(x, seen))
                }
                Type::Result { ok, err } => ok.iter().chain(err).for_each(|x| kinds(x, seen)),
                _ => {}
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (_, f) in vectors() {
            f.params.iter().for_each(|p| kinds(&p.ty, &mut seen));
            f.result.iter().for_each(|r| kinds(r, &mut seen));
            if f.result.is_none() {
                seen.insert("no-result".to_owned());
            }
        }
        let expected = [
            "bool",
            "u8",
            "u16",
            "u32",
            "u64",
            "s8",
            "s16",
            "s32",
            "s64",
            "f32",
            "f64",
            "char",
            "string",
            "list",
            "record",
            "tuple",
            "variant",
            "enum",
            "option",
            "flags",
            "result-false-false",
            "result-true-false",
            "result-false-true",
            "result-true-true",
            "case-payload-false",
            "case-payload-true",
            "no-result",
        ];
        for k in expected {
            assert!(seen.contains(k), "no vector has `{k}`: {seen:?}");
        }
    }
}
