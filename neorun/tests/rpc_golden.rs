//! PROTOCOL.md's golden table, row by row: each example frame encodes to exactly the bytes the
//! document lists, decodes back to itself, and is in the fuzz seed corpus.
//!
//! To regenerate after a deliberate format change: `NEORUN_BLESS=1 cargo test -p neorun --test
//! rpc_golden -- --nocapture` prints the rows to paste into PROTOCOL.md.

use std::collections::BTreeMap;
use std::path::Path;

use neopack::schema::{Function, Type};
use neopack::{Encoder, Limits};
use neorun::rpc::frame::{
    Call, Frame, FunctionRef, Hello, HelloInterface, Outcome, Reply, Welcome, WelcomeEntry, code,
};

fn value(write: impl FnOnce(&mut Encoder)) -> Vec<u8> {
    let mut enc = Encoder::new();
    write(&mut enc);
    enc.finish().unwrap().to_vec()
}

/// Every example of PROTOCOL.md, by row name.
fn examples() -> Vec<(&'static str, Vec<u8>)> {
    let args = value(|e| {
        e.begin_record(1).unwrap();
        e.u32(5).unwrap();
        e.end_record().unwrap();
    });
    let result = value(|e| e.u32(10).unwrap());
    let welcome = |entry| {
        Frame::Welcome(Welcome {
            version: 1,
            max_frame: 65536,
            max_in_flight: 8,
            interfaces: vec![entry],
        })
    };
    let server_f = Function::new("f", [("x", Type::U32)], Some(Type::option(Type::String)));
    let frames = vec![
        (
            "hello",
            Frame::Hello(Hello {
                version: 1,
                max_frame: 65536,
                interfaces: vec![HelloInterface {
                    name: "a:b/c".into(),
                    functions: vec![FunctionRef {
                        name: "f".into(),
                        fingerprint: 0x0123_4567_89ab_cdef,
                    }],
                }],
            }),
        ),
        ("welcome-accepted", welcome(WelcomeEntry::Accepted { iface: 0, funcs: vec![1, 0] })),
        ("welcome-unknown-interface", welcome(WelcomeEntry::UnknownInterface)),
        ("welcome-forbidden", welcome(WelcomeEntry::Forbidden)),
        (
            "welcome-mismatch",
            welcome(WelcomeEntry::Mismatch { function: "f".into(), server: Some(server_f) }),
        ),
        (
            "welcome-mismatch-missing",
            welcome(WelcomeEntry::Mismatch { function: "g".into(), server: None }),
        ),
        ("call", Frame::Call(Call { id: 7, iface: 0, func: 1, deadline_ms: 250, args: &args })),
        ("reply-ok", Frame::Reply(Reply { id: 7, outcome: Outcome::Ok(&result) })),
        (
            "reply-err",
            Frame::Reply(Reply {
                id: 7,
                outcome: Outcome::Err { code: code::DEADLINE_EXCEEDED, message: "late" },
            }),
        ),
        ("cancel", Frame::Cancel { id: 7 }),
        ("ping", Frame::Ping { nonce: 42 }),
        ("pong", Frame::Pong { nonce: 42 }),
        ("goaway", Frame::Goaway { reason: "bye" }),
    ];
    frames.into_iter().map(|(n, f)| (n, f.to_vec().unwrap())).collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect::<Vec<_>>().join(" ")
}

fn unhex(s: &str) -> Vec<u8> {
    s.split_whitespace().map(|h| u8::from_str_radix(h, 16).expect("hex byte")).collect()
}

/// The rows between the golden markers of PROTOCOL.md: `| name | `hex` |`.
fn documented() -> BTreeMap<String, Vec<u8>> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("PROTOCOL.md"))
        .expect("PROTOCOL.md");
    let start = doc.find("<!-- golden:begin -->").expect("golden begin marker");
    let end = doc.find("<!-- golden:end -->").expect("golden end marker");
    doc[start..end]
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let (name, bytes) = (cells.get(1)?, cells.get(2)?);
            let name = name.strip_prefix('`')?.strip_suffix('`')?;
            let bytes = bytes.strip_prefix('`')?.strip_suffix('`')?;
            Some((name.to_owned(), unhex(bytes)))
        })
        .collect()
}

#[test]
fn every_golden_row_of_protocol_md_matches_the_encoder() {
    let examples = examples();
    if std::env::var_os("NEORUN_BLESS").is_some() {
        for (name, bytes) in &examples {
            println!("| `{name}` | `{}` |", hex(bytes));
        }
    }
    let doc = documented();
    assert_eq!(
        doc.keys().collect::<Vec<_>>(),
        {
            let mut k: Vec<_> = examples.iter().map(|e| e.0.to_owned()).collect();
            k.sort();
            k
        }
        .iter()
        .collect::<Vec<_>>(),
        "the table's rows and the examples differ"
    );
    for (name, bytes) in &examples {
        assert_eq!(hex(&doc[*name]), hex(bytes), "row `{name}`");
    }
}

#[test]
fn every_golden_frame_decodes_and_reencodes_exactly() {
    for (name, bytes) in examples() {
        let frame =
            Frame::decode(&bytes, Limits::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(frame.to_vec().unwrap(), bytes, "{name}");
    }
}

#[test]
fn every_golden_frame_is_in_the_seed_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/frame");
    for (name, bytes) in examples() {
        let path = dir.join(format!("golden-{name}.bin"));
        if std::env::var_os("NEORUN_BLESS").is_some() {
            std::fs::write(&path, &bytes).unwrap();
        }
        let stored = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(stored, bytes, "{name}");
    }
}

#[test]
fn the_call_id_of_a_truncated_reply_or_call_is_still_readable() {
    for (name, id) in [("reply-ok", 7), ("reply-err", 7), ("call", 7), ("cancel", 7)] {
        let bytes = examples().into_iter().find(|e| e.0 == name).unwrap().1;
        for cut in 20..bytes.len() {
            let got = neorun::rpc::frame::peek_id(&bytes[..cut], Limits::default());
            assert_eq!(got.map(|g| g.1), Some(id), "{name} cut at {cut}");
        }
        assert_eq!(neorun::rpc::frame::peek_id(&bytes[..19], Limits::default()), None);
    }
}
