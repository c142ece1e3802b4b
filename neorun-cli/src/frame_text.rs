//! Rpc frames as readable text: the kind, then each field on its own line, with embedded
//! arguments and results pretty-printed by [`neopack::pretty`].

use std::fmt::Write as _;

use neorun::neopack::{self, Limits};
use neorun::rpc::frame::{Frame, Outcome, WelcomeEntry, code};

use crate::typed::Annotation;

/// Renders `frame`; `limits` bound the decoding of its embedded values.
pub(crate) fn render(frame: &Frame<'_>, limits: Limits) -> String {
    render_annotated(frame, limits, None)
}

/// Renders `frame`, a call's arguments or a reply's result as `note` shows them (with names)
/// when there is one.
pub(crate) fn render_annotated(
    frame: &Frame<'_>,
    limits: Limits,
    note: Option<&Annotation>,
) -> String {
    let mut out = String::new();
    // Writing into a `String` cannot fail.
    let _ = write_frame(&mut out, frame, limits, note);
    out
}

/// Writes `field: VALUE,`: the value with names from `note`, else pretty-printed (and why the
/// names are missing, when the value does not fit the schema).
fn write_value(
    out: &mut String,
    field: &str,
    bytes: &[u8],
    limits: Limits,
    note: Option<&Annotation>,
) -> std::fmt::Result {
    let Some(note) = note else {
        return writeln!(out, "  {field}: {},", embedded(bytes, limits));
    };
    writeln!(out, "  function: {},", note.function)?;
    match &note.value {
        Ok(text) => writeln!(out, "  {field}: {text},"),
        Err(why) => {
            writeln!(out, "  {field}: {},", embedded(bytes, limits))?;
            writeln!(out, "  # not decoded with the schema: {why}")
        }
    }
}

fn write_frame(
    out: &mut String,
    frame: &Frame<'_>,
    limits: Limits,
    note: Option<&Annotation>,
) -> std::fmt::Result {
    match frame {
        Frame::Hello(h) => {
            writeln!(out, "hello {{")?;
            writeln!(out, "  version: {},", h.version)?;
            writeln!(out, "  max_frame: {},", h.max_frame)?;
            writeln!(out, "  interfaces: [")?;
            for iface in &h.interfaces {
                writeln!(out, "    {} {{", iface.name)?;
                for f in &iface.functions {
                    writeln!(out, "      {}: {:#018x},", f.name, f.fingerprint)?;
                }
                writeln!(out, "    }},")?;
            }
            writeln!(out, "  ],")?;
        }
        Frame::Welcome(w) => {
            writeln!(out, "welcome {{")?;
            writeln!(out, "  version: {},", w.version)?;
            writeln!(out, "  max_frame: {},", w.max_frame)?;
            writeln!(out, "  max_in_flight: {},", w.max_in_flight)?;
            writeln!(out, "  max_depth: {},", w.max_depth)?;
            writeln!(out, "  max_items: {},", w.max_items)?;
            writeln!(out, "  frame_timeout_ms: {},", w.frame_timeout_ms)?;
            writeln!(out, "  idle_timeout_ms: {},", w.idle_timeout_ms)?;
            writeln!(out, "  interfaces: [")?;
            for entry in &w.interfaces {
                match entry {
                    WelcomeEntry::Accepted { iface, funcs } => {
                        let funcs: Vec<String> = funcs.iter().map(u32::to_string).collect();
                        writeln!(
                            out,
                            "    accepted {{ iface: {iface}, funcs: [{}] }},",
                            funcs.join(", ")
                        )?;
                    }
                    WelcomeEntry::UnknownInterface => writeln!(out, "    unknown-interface,")?,
                    WelcomeEntry::Forbidden => writeln!(out, "    forbidden,")?,
                    WelcomeEntry::Mismatch { function, server } => {
                        let server =
                            server.as_ref().map_or_else(|| "none".to_owned(), |f| f.signature());
                        writeln!(
                            out,
                            "    mismatch {{ function: {function:?}, server: {server} }},"
                        )?;
                    }
                }
            }
            writeln!(out, "  ],")?;
        }
        Frame::Call(c) => {
            writeln!(out, "call {{")?;
            writeln!(out, "  id: {},", c.id)?;
            writeln!(out, "  iface: {},", c.iface)?;
            writeln!(out, "  func: {},", c.func)?;
            writeln!(out, "  deadline_ms: {},", c.deadline_ms)?;
            write_value(out, "args", c.args, limits, note)?;
        }
        Frame::Reply(r) => {
            writeln!(out, "reply {{")?;
            writeln!(out, "  id: {},", r.id)?;
            match r.outcome {
                Outcome::Ok(bytes) => write_value(out, "ok", bytes, limits, note)?,
                Outcome::Err { code: c, message } => {
                    let name = code::name(c).unwrap_or("service-defined");
                    writeln!(out, "  fail: {{ code: {c} ({name}), message: {message:?} }},")?;
                }
            }
        }
        Frame::Cancel { id } => writeln!(out, "cancel {{\n  id: {id},")?,
        Frame::Ping { nonce } => writeln!(out, "ping {{\n  nonce: {nonce},")?,
        Frame::Pong { nonce } => writeln!(out, "pong {{\n  nonce: {nonce},")?,
        Frame::Goaway { reason } => writeln!(out, "goaway {{\n  reason: {reason:?},")?,
    }
    write!(out, "}}")
}

/// An embedded value, pretty-printed and indented one level.
fn embedded(bytes: &[u8], limits: Limits) -> String {
    match neopack::pretty(bytes, limits) {
        Ok(text) => text.replace('\n', "\n  "),
        Err(e) => format!("<invalid value: {e}>"),
    }
}

#[cfg(test)]
mod tests {
    use neorun::rpc::frame::{Call, FunctionRef, Hello, HelloInterface, Reply, Welcome};

    use super::*;

    #[test]
    fn a_call_shows_its_fields_and_pretty_prints_its_arguments() {
        let mut enc = neopack::Encoder::new();
        enc.begin_record(1).unwrap();
        enc.str("k").unwrap();
        enc.end_record().unwrap();
        let args = enc.finish().unwrap().to_vec();
        let frame = Frame::Call(Call { id: 7, iface: 0, func: 1, deadline_ms: 250, args: &args });
        assert_eq!(
            render(&frame, Limits::default()),
            "call {\n  id: 7,\n  iface: 0,\n  func: 1,\n  deadline_ms: 250,\n  \
             args: record(1) {\n    \"k\",\n  },\n}"
        );
    }

    #[test]
    fn a_failed_reply_names_its_code() {
        let frame = Frame::Reply(Reply {
            id: 3,
            outcome: Outcome::Err { code: code::DEADLINE_EXCEEDED, message: "late" },
        });
        assert_eq!(
            render(&frame, Limits::default()),
            "reply {\n  id: 3,\n  fail: { code: 3 (deadline-exceeded), message: \"late\" },\n}"
        );
    }

    #[test]
    fn handshake_frames_list_interfaces_and_fingerprints() {
        let hello = Frame::Hello(Hello {
            version: 2,
            max_frame: 4096,
            interfaces: vec![HelloInterface {
                name: "a:b/c".into(),
                functions: vec![FunctionRef { name: "get".into(), fingerprint: 0xab }],
            }],
        });
        let text = render(&hello, Limits::default());
        assert!(text.contains("    a:b/c {\n      get: 0x00000000000000ab,\n    },"), "{text}");
        let welcome = Frame::Welcome(Welcome {
            version: 2,
            max_frame: 4096,
            max_in_flight: 8,
            max_depth: 64,
            max_items: 1 << 22,
            frame_timeout_ms: 30_000,
            idle_timeout_ms: 0,
            interfaces: vec![
                WelcomeEntry::Accepted { iface: 0, funcs: vec![2, 1] },
                WelcomeEntry::UnknownInterface,
                WelcomeEntry::Forbidden,
                WelcomeEntry::Mismatch { function: "put".into(), server: None },
            ],
        });
        let text = render(&welcome, Limits::default());
        assert!(text.contains("  frame_timeout_ms: 30000,\n  idle_timeout_ms: 0,\n"), "{text}");
        assert!(text.contains("accepted { iface: 0, funcs: [2, 1] },"), "{text}");
        assert!(text.contains("unknown-interface,"), "{text}");
        assert!(text.contains("forbidden,"), "{text}");
        assert!(text.contains("mismatch { function: \"put\", server: none },"), "{text}");
    }

    #[test]
    fn small_frames_close_their_braces() {
        assert_eq!(
            render(&Frame::Goaway { reason: "bye" }, Limits::default()),
            "goaway {\n  reason: \"bye\",\n}"
        );
        assert_eq!(render(&Frame::Ping { nonce: 9 }, Limits::default()), "ping {\n  nonce: 9,\n}");
    }
}
