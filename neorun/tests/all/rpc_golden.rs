//! PROTOCOL.md's golden table, row by row: each example frame encodes to exactly the bytes the
//! document lists, decodes back to itself, and is in the fuzz seed corpus; the golden `hello`
//! gets the golden `welcome` from a real server session; and the version 2 handshake rules.
//!
//! To regenerate after a deliberate format change: `NEORUN_BLESS=1 cargo test -p neorun --test
//! rpc_golden -- --nocapture` prints the rows to paste into PROTOCOL.md.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use neopack::schema::{Function, Interface, Type};
use neopack::{Encoder, Limits};
use neorun::rpc::frame::{
    Call, Frame, FunctionRef, Hello, HelloInterface, MIN_MAX_FRAME, Outcome, Reply, VERSION,
    Welcome, WelcomeEntry, code, goaway,
};
use neorun::rpc::session::{ClientSession, ServerEvent, ServerSchema, ServerSession};
use neorun::rpc::{ClientConfig, ServerConfig};

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
            version: 2,
            max_frame: 65536,
            max_in_flight: 8,
            max_depth: 64,
            max_items: 1 << 22,
            frame_timeout_ms: 30_000,
            idle_timeout_ms: 300_000,
            interfaces: vec![entry],
        })
    };
    // The client calls `f: func(x: u32) -> u32`; a mismatching server has another `f`.
    let client_f = Function::new("f", [("x", Type::U32)], Some(Type::U32));
    let server_f = Function::new("f", [("x", Type::U32)], Some(Type::option(Type::String)));
    let frames = vec![
        (
            "hello",
            Frame::Hello(Hello {
                version: 2,
                max_frame: 65536,
                interfaces: vec![HelloInterface {
                    name: "a:b/c".into(),
                    functions: vec![FunctionRef {
                        name: "f".into(),
                        fingerprint: client_f.fingerprint(),
                    }],
                }],
            }),
        ),
        ("welcome-accepted", welcome(WelcomeEntry::Accepted { iface: 0, funcs: vec![1] })),
        ("welcome-unknown-interface", welcome(WelcomeEntry::UnknownInterface)),
        ("welcome-forbidden", welcome(WelcomeEntry::Forbidden)),
        (
            "welcome-mismatch",
            welcome(WelcomeEntry::Mismatch { function: "f".into(), server: Some(server_f) }),
        ),
        (
            "welcome-mismatch-missing",
            welcome(WelcomeEntry::Mismatch { function: "f".into(), server: None }),
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
        ("goaway", Frame::Goaway { reason: "shutting-down: maintenance" }),
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

/// A server session for `a:b/c` exporting `g` and the golden `f` (so `f` is function 1).
fn server(config: ServerConfig) -> (ServerSession, Instant) {
    let f = Function::new("f", [("x", Type::U32)], Some(Type::U32));
    let g = Function::new::<&str>("g", [], None);
    let schema = ServerSchema::new(vec![Interface::new("a:b/c", vec![g, f])]);
    let now = Instant::now();
    (ServerSession::new(Arc::new(schema), config, now), now)
}

fn hello(version: u32, max_frame: u32) -> Bytes {
    let f = Function::new("f", [("x", Type::U32)], Some(Type::U32));
    let iface = Interface::new("a:b/c", vec![f]);
    let h = Hello { version, max_frame, interfaces: vec![HelloInterface::of(&iface)] };
    Bytes::from(Frame::Hello(h).to_vec().unwrap())
}

/// The frames the session sends, then whether it asked to close.
fn sent(s: &mut ServerSession) -> (Vec<Vec<u8>>, bool) {
    let frames = std::iter::from_fn(|| s.poll_transmit()).map(|b| b.to_vec()).collect();
    let closed =
        std::iter::from_fn(|| s.poll_event()).any(|e| matches!(e, ServerEvent::Close { .. }));
    (frames, closed)
}

#[test]
fn the_golden_hello_gets_the_golden_welcome_accepted() {
    let mut config = ServerConfig::default();
    config.max_frame = 65536;
    config.max_in_flight = 8;
    let (mut s, now) = server(config);
    let doc = documented();
    s.handle_frame(now, &Bytes::from(doc["hello"].clone()));
    let (frames, closed) = sent(&mut s);
    assert!(!closed);
    assert_eq!(hex(&frames[0]), hex(&doc["welcome-accepted"]));
}

#[test]
fn welcome_announces_the_session_limits_and_timeouts() {
    let mut config = ServerConfig::default();
    config.limits.max_depth = 20;
    config.limits.max_items = 1000;
    config.frame_timeout = Some(Duration::from_millis(1500));
    config.idle_timeout = None;
    let (mut s, now) = server(config);
    s.handle_frame(now, &hello(VERSION, 1 << 20));
    let (frames, _) = sent(&mut s);
    let Ok(Frame::Welcome(w)) = Frame::decode(&frames[0], Limits::default()) else {
        panic!("not a welcome")
    };
    assert_eq!((w.version, w.max_depth, w.max_items), (2, 20, 1000));
    assert_eq!((w.frame_timeout_ms, w.idle_timeout_ms), (1500, 0));
}

fn goaway_token(frames: &[Vec<u8>]) -> String {
    match Frame::decode(&frames[0], Limits::default()) {
        Ok(Frame::Goaway { reason }) => goaway::token(reason).to_owned(),
        other => panic!("expected a goaway, got {other:?}"),
    }
}

#[test]
fn a_hello_below_version_2_gets_goaway_unsupported_version_and_close() {
    let (mut s, now) = server(ServerConfig::default());
    s.handle_frame(now, &hello(1, 1 << 20));
    let (frames, closed) = sent(&mut s);
    assert_eq!((goaway_token(&frames), closed), (goaway::UNSUPPORTED_VERSION.to_owned(), true));
}

#[test]
fn a_hello_with_max_frame_below_the_minimum_gets_goaway_max_frame_too_small() {
    let (mut s, now) = server(ServerConfig::default());
    s.handle_frame(now, &hello(VERSION, MIN_MAX_FRAME - 1));
    let (frames, closed) = sent(&mut s);
    assert_eq!((goaway_token(&frames), closed), (goaway::MAX_FRAME_TOO_SMALL.to_owned(), true));
    let (mut s, now) = server(ServerConfig::default());
    s.handle_frame(now, &hello(VERSION, MIN_MAX_FRAME));
    assert!(!sent(&mut s).1, "exactly the minimum is accepted");
}

#[test]
fn a_client_configured_below_the_minimum_max_frame_refuses_to_send_hello() {
    let mut config = ClientConfig::default();
    config.max_frame = MIN_MAX_FRAME - 1;
    let mut c = ClientSession::<()>::new(config, Instant::now());
    let err = c.hello(Instant::now(), vec![]).unwrap_err();
    assert!(err.contains("4096"), "{err}");
}
