//! Replays the frame fuzz corpus: every file must be handled without a panic, golden frames must
//! be accepted and re-encode exactly, and `broken-*` files must be rejected.

use std::path::Path;

use neorun::rpc::fuzzing::check_frame;

#[test]
fn every_corpus_frame_is_handled_and_classified() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/frame");
    let mut seen = (0, 0);
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let accepted = check_frame(&bytes);
        if name.starts_with("golden-") {
            assert!(accepted, "{name} must be accepted");
            seen.0 += 1;
        } else if name.starts_with("broken-") {
            assert!(!accepted, "{name} must be rejected");
            seen.1 += 1;
        }
    }
    assert!(seen.0 >= 12 && seen.1 >= 5, "corpus too small: {seen:?}");
}

#[test]
fn every_prefix_and_single_byte_flip_of_a_golden_frame_is_handled() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/frame");
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_string_lossy().starts_with("golden-") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for cut in 0..bytes.len() {
            assert!(!check_frame(&bytes[..cut]), "a strict prefix is never a frame");
        }
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                check_frame(&b); // accepted or not, never a panic or an inexact re-encoding
            }
        }
    }
}

#[test]
fn the_stream_reader_agrees_with_a_reference_parser_on_every_corpus_stream() {
    use neorun::rpc::fuzzing::check_stream;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/stream");
    let mut frames = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus directory") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        frames += check_stream(&bytes);
        // Every prefix is a stream cut short, and reads of other sizes change nothing.
        for cut in 0..bytes.len().min(64) {
            check_stream(&bytes[..cut]);
        }
        for seed in 0..8u8 {
            let mut reseeded = bytes.clone();
            if let Some(first) = reseeded.first_mut() {
                *first = first.wrapping_add(seed);
            }
            check_stream(&reseeded);
        }
    }
    assert!(frames >= 10, "corpus too small: {frames} frames");
}
