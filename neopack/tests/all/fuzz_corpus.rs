//! Replays every checked-in fuzz corpus file through the fuzz targets' own checks, so the corpus
//! runs in every `cargo test`.

use std::path::{Path, PathBuf};

use neopack::fuzzing::{check_decode, check_validate, encode_sample, types};
use neopack::{Encoder, Limits, validate};

fn corpus(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target)
}

fn files(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(corpus(target))
        .unwrap_or_else(|e| panic!("{target} corpus: {e}"))
        .map(|e| e.unwrap().path())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn decode_corpus_replays_through_check_decode() {
    let files = files("decode");
    assert!(files.len() >= 40, "the decode corpus holds the golden vectors and bad inputs");
    for (path, bytes) in files {
        let r = std::panic::catch_unwind(|| check_decode(&bytes));
        assert!(r.is_ok(), "{}", path.display());
    }
}

#[test]
fn validate_corpus_replays_through_check_validate() {
    let files = files("validate");
    assert!(files.len() >= types().len(), "one seed per type at least");
    for (path, bytes) in files {
        let r = std::panic::catch_unwind(|| check_validate(&bytes));
        assert!(r.is_ok(), "{}", path.display());
    }
}

/// The validate seeds: two sample values of every type of the target, each valid for its type.
/// `NEOPACK_BLESS=1` rewrites them.
#[test]
fn validate_corpus_holds_a_valid_sample_of_every_type() {
    let bless = std::env::var_os("NEOPACK_BLESS").is_some();
    for (i, ty) in types().iter().enumerate() {
        for s in 0..2u64 {
            let mut seed = 0x9e37_79b9_7f4a_7c15 ^ (i as u64 * 31 + s);
            let mut enc = Encoder::new();
            encode_sample(ty, &mut seed, &mut enc).unwrap();
            let msg = enc.finish().unwrap();
            validate(msg, ty, Limits::default()).unwrap_or_else(|e| panic!("{ty}: {e}"));
            let mut file = vec![i as u8];
            file.extend_from_slice(msg);
            let path = corpus("validate").join(format!("sample-{i:02}-{s}"));
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &file).unwrap();
            }
            let found = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(found, file, "{} (NEOPACK_BLESS=1 rewrites it)", path.display());
        }
    }
}
