//! `neorun dump`: decodes captured neopack messages and rpc frames.

use std::io::Read as _;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Args, ValueEnum};
use neorun::neopack::{self, Limits};
use neorun::rpc::frame::Frame;

use crate::typed::{Schema, Typed};
use crate::{capture, frame_text};

/// Arguments of `neorun dump`.
#[derive(Debug, Args)]
#[command(after_help = "\
The input is one message: raw bytes (or hex text with --hex), or with --stream a sequence of
frames as carried on TCP and Unix sockets, each `len:u32 little-endian` followed by that many
bytes. With --as auto (the default) each message is shown as an rpc frame when it is one (its
kind and fields, embedded arguments and results pretty-printed), otherwise as a plain neopack
value. Input that is neither is an error naming the byte offset of the first bad byte.

A capture written by `run --capture` or `serve --capture` is read with --stream too. It starts
with `NEOCAP1` and a role byte (`c`: written by run, the client; `s`: by serve), then holds one
record per frame sent or received: `direction:u8` (`>` sent by the process that captured, `<`
received by it), `conn:u32 LE` (connections numbered from 0 in the order they were opened), then
`len:u32 LE` and the frame. Each frame is shown with its connection and direction
(`conn 0, client -> server`).

With --schema COMPONENT (or a .wit file or directory), call arguments and reply results are
shown with their parameter, field and case names, like --invoke's WAVE syntax (long lists are
cut short), and each call and reply names its function. Calls name their function by indexes
that the connection's handshake assigns, so this needs a stream with the hello and welcome
frames (a capture from the start); other frames are shown as without --schema.

Hex text may contain whitespace and `#` comments to the end of a line.

Examples:
  neorun dump message.bin
  neorun dump --hex capture.hex
  echo '06 07 00 00 00' | neorun dump --hex -        (prints: u32 7)
  neorun dump --stream tcp-capture.bin
  neorun dump --stream frames.bin           (from run --capture or serve --capture)
  neorun dump --stream --schema client.wasm frames.bin
  neorun dump --stream --schema wit/kv.wit frames.bin
  neorun dump --as value frame.bin          (the frame as the neopack record it is)")]
pub(crate) struct DumpArgs {
    /// The file to read; `-` or nothing reads stdin.
    file: Option<PathBuf>,

    /// The input is hex text, not raw bytes.
    #[arg(long)]
    hex: bool,

    /// The input is a stream of length-prefixed frames (`len:u32 LE` + bytes), or a capture of
    /// `run --capture` or `serve --capture`.
    #[arg(long)]
    stream: bool,

    /// Show call arguments and reply results with their parameter, field and case names, from
    /// the interfaces of this component (imports and exports) or `.wit` file (or directory).
    /// Works on streams that hold the connection's handshake (hello and welcome).
    #[arg(long, value_name = "COMPONENT|WIT")]
    schema: Option<PathBuf>,

    /// How to read each message.
    #[arg(long = "as", value_enum, default_value_t = As::Auto)]
    read_as: As,
}

/// How `dump` reads a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum As {
    /// An rpc frame if it is one, else a neopack value.
    Auto,
    /// An rpc frame; anything else is an error.
    Frame,
    /// A neopack value (frames too, as the records they are).
    Value,
}

pub(crate) fn dump(args: &DumpArgs) -> anyhow::Result<()> {
    let (input, name) = read_input(args.file.as_ref())?;
    let bytes = if args.hex {
        parse_hex(&input).with_context(|| format!("{name} is not valid hex text"))?
    } else {
        input
    };
    let limits = Limits::default();
    let mut typed = match &args.schema {
        Some(path) => Some(Typed::new(Schema::load(path)?, limits)),
        None => None,
    };
    let mut out = crate::out::Stdout::lock();
    if args.stream {
        let (role, start) = match capture_role(&bytes) {
            Some(role) => (Some(role?), capture::HEADER_LEN),
            None => (None, 0),
        };
        let head = if role.is_some() { capture::RECORD_HEAD } else { 0 };
        let mut n = 0;
        for item in split_stream(&bytes, start, head) {
            let (at, head, msg) =
                item.map_err(|e| anyhow::anyhow!("{name} is not a stream of frames: {e}"))?;
            let body_at = at + head.len() + 4;
            let (conn, origin) = match (role, head) {
                (Some(role), [direction, conn @ ..]) => {
                    let conn = u32::from_le_bytes(conn.try_into().unwrap_or_default());
                    (conn, format!(", conn {conn}, {}", role.arrow(*direction == capture::SENT)))
                }
                _ => (0, String::new()),
            };
            // With a schema, frames are followed (and decoded) here; anything else as without.
            let followed = match (&mut typed, args.read_as) {
                (Some(typed), As::Auto | As::Frame) => Frame::decode(msg, limits).ok().map(|f| {
                    let note = typed.follow(conn, &f);
                    frame_text::render_annotated(&f, limits, note.as_ref())
                }),
                _ => None,
            };
            let text = match followed {
                Some(text) => text,
                None => render(msg, args.read_as, limits).map_err(|e| {
                    anyhow::anyhow!("frame {n} (at byte {at}): {}", e.shifted(body_at))
                })?,
            };
            out.write(format_args!(
                "# frame {n} at byte {at}{origin}, {} bytes\n{text}\n",
                msg.len()
            ))?;
            n += 1;
        }
        if n == 0 {
            bail!("{name} is empty: no frame to show");
        }
    } else {
        if bytes.is_empty() {
            bail!("{name} is empty: no message to show");
        }
        let text = render(&bytes, args.read_as, limits).map_err(|e| {
            if looks_like_stream(&bytes, limits) {
                anyhow::anyhow!(
                    "{name}: {e}\nit looks like a stream capture (a u32 little-endian length, then \
                     a frame): read it with --stream"
                )
            } else {
                anyhow::anyhow!("{name}: {e}")
            }
        })?;
        out.write(format_args!("{text}\n"))?;
    }
    out.flush()
}

fn read_input(file: Option<&PathBuf>) -> anyhow::Result<(Vec<u8>, String)> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
            Ok((bytes, format!("`{}`", path.display())))
        }
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).context("cannot read stdin")?;
            Ok((bytes, "stdin".to_owned()))
        }
    }
}

/// Why a message could not be shown; `offset` is relative to the message until shifted.
#[derive(Debug)]
struct Bad {
    what: String,
    offset: Option<usize>,
}

impl Bad {
    /// The same error with its offset counted from `base` (for messages inside a stream).
    fn shifted(self, base: usize) -> Self {
        Self { offset: self.offset.map(|o| o + base), ..self }
    }
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.offset {
            Some(at) => write!(f, "{} at byte {at}", self.what),
            None => f.write_str(&self.what),
        }
    }
}

/// Shows one message as `read_as` says.
fn render(bytes: &[u8], read_as: As, limits: Limits) -> Result<String, Bad> {
    let as_value = |bytes: &[u8]| {
        neopack::pretty(bytes, limits).map_err(|e| Bad {
            what: format!("not a neopack message: {}", e.kind),
            offset: Some(e.offset),
        })
    };
    match read_as {
        As::Value => as_value(bytes),
        As::Frame => match Frame::decode(bytes, limits) {
            Ok(frame) => Ok(frame_text::render(&frame, limits)),
            Err(e) => {
                let offset = e.offset();
                let what = match e {
                    neorun::rpc::frame::FrameError::Decode(d) => {
                        format!("malformed frame: {}", d.kind)
                    }
                    neorun::rpc::frame::FrameError::Invalid { what, .. } => {
                        format!("invalid frame: {what}")
                    }
                    other => other.to_string(),
                };
                Err(Bad { what, offset })
            }
        },
        As::Auto => match Frame::decode(bytes, limits) {
            Ok(frame) => Ok(frame_text::render(&frame, limits)),
            Err(_) => as_value(bytes),
        },
    }
}

/// The role of a capture file (`run --capture`, `serve --capture`): `None` when `bytes` do not
/// start with the capture magic, an error when the role byte is unknown.
fn capture_role(bytes: &[u8]) -> Option<anyhow::Result<capture::Role>> {
    let rest = bytes.strip_prefix(capture::MAGIC)?;
    Some(match rest.first() {
        Some(&b) => capture::Role::from_byte(b)
            .ok_or_else(|| anyhow::anyhow!("unknown role {b:#04x} in the capture header")),
        None => Err(anyhow::anyhow!("the capture header is cut short")),
    })
}

/// The records of a length-prefixed stream from byte `start` on: each is `head` bytes (the
/// capture's direction and connection, or nothing), a `len:u32` LE and `len` bytes of frame.
/// Yields the offset of each record, its head and its frame.
fn split_stream(
    bytes: &[u8],
    start: usize,
    head: usize,
) -> impl Iterator<Item = Result<(usize, &[u8], &[u8]), String>> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let rest = &bytes[at..];
        let (Some(record_head), Some(len)) =
            (rest.get(..head), rest.get(head..head + 4).and_then(|l| <[u8; 4]>::try_from(l).ok()))
        else {
            let e = format!(
                "truncated record header at byte {at}: {} of {} bytes",
                rest.len(),
                head + 4
            );
            at = bytes.len();
            return Some(Err(e));
        };
        let body = &rest[head + 4..];
        let len = u32::from_le_bytes(len) as usize;
        let Some(msg) = body.get(..len) else {
            let e = format!(
                "the frame at byte {at} announces {len} bytes but only {} remain",
                body.len()
            );
            at = bytes.len();
            return Some(Err(e));
        };
        let record = at;
        at += head + 4 + len;
        Some(Ok((record, record_head, msg)))
    })
}

/// Whether `bytes` start as a stream of frames do: a length prefix that fits the input, then
/// a valid frame of that length.
fn looks_like_stream(bytes: &[u8], limits: Limits) -> bool {
    if capture_role(bytes).is_some() {
        return true;
    }
    match split_stream(bytes, 0, 0).next() {
        Some(Ok((_, _, msg))) => Frame::decode(msg, limits).is_ok(),
        _ => false,
    }
}

/// Hex text to bytes: pairs of hex digits; whitespace and `#` comments are ignored.
fn parse_hex(text: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut high: Option<u8> = None;
    let mut comment = false;
    for (i, &c) in text.iter().enumerate() {
        if comment {
            comment = c != b'\n';
            continue;
        }
        let nibble = match c {
            b'#' => {
                comment = true;
                continue;
            }
            c if c.is_ascii_whitespace() => {
                if high.is_some() {
                    bail!("lone hex digit before byte {i} of the text");
                }
                continue;
            }
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => bail!("{:?} at byte {i} of the text is not a hex digit", char::from(c)),
        };
        match high.take() {
            Some(h) => out.push(h << 4 | nibble),
            None => high = Some(nibble),
        }
    }
    if high.is_some() {
        bail!("odd number of hex digits: the last byte is incomplete");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_ignores_whitespace_and_comments() {
        assert_eq!(parse_hex(b"# a comment 12\n0a FF\n 10 # tail").unwrap(), [0x0a, 0xff, 0x10]);
    }

    #[test]
    fn bad_hex_names_the_offset() {
        let e = parse_hex(b"01 0g").unwrap_err().to_string();
        assert!(e.contains("'g' at byte 4"), "{e}");
        assert!(parse_hex(b"012").unwrap_err().to_string().contains("odd number"));
        assert!(parse_hex(b"0 12").unwrap_err().to_string().contains("lone hex digit"));
    }

    #[test]
    fn streams_split_at_length_prefixes() {
        let bytes = [1, 0, 0, 0, 0x01, 2, 0, 0, 0, 0x04, 9];
        let frames: Vec<_> = split_stream(&bytes, 0, 0).collect::<Result<_, _>>().unwrap();
        assert_eq!(frames, vec![(0, &[][..], &[0x01][..]), (5, &[][..], &[0x04, 9][..])]);
    }

    #[test]
    fn capture_records_carry_a_head_before_the_length() {
        let mut bytes = b"NEOCAP1c".to_vec();
        bytes.extend_from_slice(b">\x01\0\0\0\x01\0\0\0\x01");
        assert_eq!(capture_role(&bytes).unwrap().unwrap(), capture::Role::Client);
        let frames: Vec<_> = split_stream(&bytes, capture::HEADER_LEN, capture::RECORD_HEAD)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(frames, vec![(8, &b">\x01\0\0\0"[..], &[0x01][..])]);
        assert!(capture_role(b"NEOCAP1x").unwrap().is_err());
        assert!(capture_role(b"NEOCAP").is_none());
    }

    #[test]
    fn truncated_streams_are_errors_with_offsets() {
        let e = split_stream(&[1, 0, 0, 0, 0x01, 5, 0], 0, 0).nth(1).unwrap().unwrap_err();
        assert!(e.contains("truncated record header at byte 5: 2 of 4 bytes"), "{e}");
        let e = split_stream(&[3, 0, 0, 0, 0x01], 0, 0).next().unwrap().unwrap_err();
        assert!(e.contains("announces 3 bytes but only 1 remain"), "{e}");
    }

    #[test]
    fn a_length_prefixed_frame_looks_like_a_stream() {
        let frame = Frame::Ping { nonce: 1 }.to_vec().unwrap();
        let mut stream = u32::try_from(frame.len()).unwrap().to_le_bytes().to_vec();
        stream.extend_from_slice(&frame);
        assert!(looks_like_stream(&stream, Limits::default()));
        assert!(!looks_like_stream(&frame, Limits::default()), "no length prefix");
        assert!(!looks_like_stream(&stream[..stream.len() - 1], Limits::default()), "cut");
        assert!(!looks_like_stream(&[1, 0, 0, 0, 0x01], Limits::default()), "unit, not a frame");
    }

    #[test]
    fn auto_falls_back_to_a_plain_value_and_reports_offsets() {
        assert_eq!(render(&[0x06, 7, 0, 0, 0], As::Auto, Limits::default()).unwrap(), "u32 7");
        let e = render(&[0x06, 7, 0], As::Auto, Limits::default()).unwrap_err();
        assert_eq!(e.offset, Some(1), "{e}");
        assert!(e.to_string().starts_with("not a neopack message: "), "{e}");
        assert_eq!(e.shifted(10).offset, Some(11));
        let e = render(&[0x06, 7, 0, 0, 0], As::Frame, Limits::default()).unwrap_err();
        assert!(e.to_string().contains("frame"), "{e}");
    }
}
