//! Replays the `dynamic_decode` fuzz corpus through the target's own check: decoding a peer's
//! bytes against a ledger type into `Val`s never panics, and what is accepted re-encodes to
//! itself. `NEORUN_BLESS=1` rewrites the `seed-*` files from `encode_sample`.

use std::path::{Path, PathBuf};

use neorun::dynamic::fuzzing::{check_decode_val, types};
use neorun::neopack::Encoder;
use neorun::neopack::fuzzing::encode_sample;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/dynamic_decode")
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (i, ty) in types().iter().enumerate() {
        for seed in [1u64, 7, 42] {
            let mut s = seed;
            let mut enc = Encoder::new();
            encode_sample(ty, &mut s, &mut enc).unwrap();
            let mut bytes = vec![i as u8];
            bytes.extend_from_slice(enc.finish().unwrap());
            out.push((format!("seed-{i:02}-{seed}"), bytes));
        }
    }
    out
}

#[test]
fn seeds_are_accepted_and_checked_in() {
    let dir = corpus();
    if std::env::var_os("NEORUN_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in seeds() {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    for (name, bytes) in seeds() {
        assert!(check_decode_val(&bytes), "{name} must be accepted");
        let on_disk = std::fs::read(dir.join(&name)).unwrap_or_default();
        assert_eq!(on_disk, bytes, "{name} is stale: run with NEORUN_BLESS=1");
    }
}

#[test]
fn every_corpus_file_and_its_single_byte_flips_are_handled() {
    let mut n = 0;
    for entry in std::fs::read_dir(corpus()).expect("corpus directory") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        check_decode_val(&bytes);
        for i in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0x5a;
            check_decode_val(&flipped);
        }
        n += 1;
    }
    assert!(n >= types().len(), "corpus too small: {n}");
}
