//! SPEC.md's "Examples" table, row by row: value → exact bytes → the same value back.

mod common;

use common::golden::GOLDEN;
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
    let spec = include_str!("../SPEC.md");
    let examples = &spec[spec.find("## 8. Examples").expect("SPEC.md has an Examples section")..];
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
