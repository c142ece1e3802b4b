//! Frames: the messages of the RPC protocol (PROTOCOL.md, "Frames").
//!
//! Every frame is one neopack message: a RECORD whose first field is the frame kind (`u8`).
//! [`Frame::decode`] borrows the input (call arguments and reply results are returned as the
//! exact bytes of the embedded value) and trusts nothing: every field is a typed read checked
//! against [`Limits`], field counts are exact, and every failure is a [`FrameError`] carrying the
//! offset of the first bad byte. Accepted frames re-encode to the same bytes.

use neopack::schema::Function;
use neopack::{DecodeError, Decoder, EncodeError, Encoder, Limits, tag};

use super::typecodec;

mod outgoing;

pub use outgoing::{CALL_HEADER, CallFrame, EncodedCall};

/// The protocol version this implementation speaks.
pub const VERSION: u32 = 2;

/// The smallest `max_frame` a peer may announce (PROTOCOL.md, "Limits"): a server answers a
/// `hello` announcing less with `goaway` (`max-frame-too-small`) and closes.
pub const MIN_MAX_FRAME: u32 = 4096;

/// Frame kinds: the first field of every frame.
pub mod kind {
    /// `hello`: client → server, opens a handshake.
    pub const HELLO: u8 = 1;
    /// `welcome`: server → client, answers a `hello`.
    pub const WELCOME: u8 = 2;
    /// `call`: client → server.
    pub const CALL: u8 = 3;
    /// `reply`: server → client, exactly one per `call`.
    pub const REPLY: u8 = 4;
    /// `cancel`: client → server.
    pub const CANCEL: u8 = 5;
    /// `ping`: either direction.
    pub const PING: u8 = 6;
    /// `pong`: answers a `ping`.
    pub const PONG: u8 = 7;
    /// `goaway`: either direction, the sender accepts no new work.
    pub const GOAWAY: u8 = 8;
}

/// Failure codes of a `reply` (PROTOCOL.md, "Failure codes"). Codes below 1000 are reserved
/// for the protocol; a service may use any code from 1000 up for its own failures.
pub mod code {
    /// The call names an interface or function the server does not export, or that no
    /// handshake on this connection accepted.
    pub const UNKNOWN_TARGET: u32 = 1;
    /// The arguments are not a valid value of the function's parameter record.
    pub const BAD_ARGUMENTS: u32 = 2;
    /// The call's deadline passed before it completed; its work was dropped.
    pub const DEADLINE_EXCEEDED: u32 = 3;
    /// The client cancelled the call; its work was dropped.
    pub const CANCELLED: u32 = 4;
    /// The handler failed (returned a failure without its own code, or panicked).
    pub const HANDLER_FAILED: u32 = 5;
    /// The connection already has the maximum number of calls in flight.
    pub const OVERLOADED: u32 = 6;
    /// The server is shutting down (it sent `goaway`) and accepts no new calls.
    pub const SHUTTING_DOWN: u32 = 7;
    /// The reply would exceed the client's `max_frame`.
    pub const TOO_LARGE: u32 = 8;
    /// The handler returned a value that is not valid for the function's result type.
    pub const BAD_RESULT: u32 = 9;
    /// The call id is already in flight on this connection.
    pub const DUPLICATE_ID: u32 = 10;

    /// The protocol name of a reserved code (`deadline-exceeded`), `None` for others.
    pub const fn name(code: u32) -> Option<&'static str> {
        Some(match code {
            UNKNOWN_TARGET => "unknown-target",
            BAD_ARGUMENTS => "bad-arguments",
            DEADLINE_EXCEEDED => "deadline-exceeded",
            CANCELLED => "cancelled",
            HANDLER_FAILED => "handler-failed",
            OVERLOADED => "overloaded",
            SHUTTING_DOWN => "shutting-down",
            TOO_LARGE => "too-large",
            BAD_RESULT => "bad-result",
            DUPLICATE_ID => "duplicate-id",
            _ => return None,
        })
    }
}

/// The tokens that start every `goaway` reason (PROTOCOL.md, "Goaway reasons"): a reason is
/// `token: free text`, and a peer acts on the token only.
pub mod goaway {
    /// The peer broke the protocol (an undecodable frame, a duplicate call id, a frame kind
    /// that does not belong in its direction).
    pub const PROTOCOL_ERROR: &str = "protocol-error";
    /// The `hello` asked for a protocol version the server does not speak.
    pub const UNSUPPORTED_VERSION: &str = "unsupported-version";
    /// The `hello` announced a `max_frame` below [`MIN_MAX_FRAME`](super::MIN_MAX_FRAME).
    pub const MAX_FRAME_TOO_SMALL: &str = "max-frame-too-small";
    /// No `hello` arrived within the server's handshake timeout.
    pub const HANDSHAKE_TIMEOUT: &str = "handshake-timeout";
    /// The connection stayed silent with no call in flight for the idle timeout.
    pub const IDLE_TIMEOUT: &str = "idle-timeout";
    /// A length prefix exceeded the receiver's `max_frame`.
    pub const FRAME_TOO_LARGE: &str = "frame-too-large";
    /// A partial frame was not completed within the frame timeout.
    pub const FRAME_TIMEOUT: &str = "frame-timeout";
    /// The server already serves as many connections as it allows.
    pub const TOO_MANY_CONNECTIONS: &str = "too-many-connections";
    /// The server's process-wide memory budget is exhausted.
    pub const MEMORY_BUDGET: &str = "memory-budget";
    /// The sender is shutting down and accepts no new work.
    pub const SHUTTING_DOWN: &str = "shutting-down";
    /// The server answered every call after a `goaway` and closes.
    pub const DRAINED: &str = "drained";

    /// The reason `token: text`.
    pub fn reason(token: &str, text: impl core::fmt::Display) -> String {
        format!("{token}: {text}")
    }

    /// The token of `reason`: the text before the first `:`, or all of it.
    pub fn token(reason: &str) -> &str {
        reason.split_once(':').map_or(reason, |(t, _)| t)
    }
}

/// Why a frame could not be decoded or encoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameError {
    /// The bytes are not a valid neopack message of the expected shape.
    #[error("malformed frame: {0}")]
    Decode(#[from] DecodeError),
    /// A well-formed message that is not a valid frame.
    #[error("invalid frame: {what} at byte {offset}")]
    Invalid {
        /// What is wrong.
        what: &'static str,
        /// Offset of the first bad byte.
        offset: usize,
    },
    /// The encoder refused a value (a length that does not fit `u32`, misuse).
    #[error("cannot encode frame: {0}")]
    Encode(#[from] EncodeError),
    /// The frame holds something this protocol version cannot express.
    #[error("cannot encode frame: {what}")]
    Unsupported {
        /// What cannot be expressed.
        what: &'static str,
    },
}

impl FrameError {
    /// The offset of the first bad byte, for decode errors.
    pub fn offset(&self) -> Option<usize> {
        match self {
            FrameError::Decode(e) => Some(e.offset),
            FrameError::Invalid { offset, .. } => Some(*offset),
            _ => None,
        }
    }
}

/// One function a client will call: its name and [`Function::fingerprint`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionRef {
    /// The function name.
    pub name: String,
    /// Its fingerprint.
    pub fingerprint: u64,
}

/// One interface of a `hello`: the functions the client will call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelloInterface {
    /// The interface name (`neorun:kv/store@0.1.0`).
    pub name: String,
    /// The functions used, in the order the client will refer to them.
    pub functions: Vec<FunctionRef>,
}

impl HelloInterface {
    /// Every function of `iface`, with its fingerprint.
    pub fn of(iface: &neopack::schema::Interface) -> Self {
        Self {
            name: iface.name.clone(),
            functions: iface
                .functions
                .iter()
                .map(|f| FunctionRef { name: f.name.clone(), fingerprint: f.fingerprint() })
                .collect(),
        }
    }
}

/// `hello`: opens a handshake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hello {
    /// The highest protocol version the client speaks.
    pub version: u32,
    /// The largest frame the client accepts.
    pub max_frame: u32,
    /// The interfaces to bind.
    pub interfaces: Vec<HelloInterface>,
}

/// The server's answer for one interface of a `hello`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WelcomeEntry {
    /// Every requested function matches.
    Accepted {
        /// The server's index of the interface, used in `call`.
        iface: u32,
        /// The server's index of each requested function, in request order.
        funcs: Vec<u32>,
    },
    /// The server exports no interface of that name.
    UnknownInterface,
    /// The server exports the interface, but not to this client: its verified identity
    /// is not on the interface's allow-list.
    Forbidden,
    /// The first requested function that does not match.
    Mismatch {
        /// Its name.
        function: String,
        /// The server's signature, `None` when the server lacks the function.
        server: Option<Function>,
    },
}

/// `welcome`: answers a `hello`, one entry per requested interface, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Welcome {
    /// The protocol version used on this connection.
    pub version: u32,
    /// The largest frame the server accepts.
    pub max_frame: u32,
    /// The most calls the server runs at once for this connection.
    pub max_in_flight: u32,
    /// The neopack nesting limit the server applies to frames and arguments.
    pub max_depth: u32,
    /// The neopack item limit (counts of lists, records and packed arrays added up per frame)
    /// the server applies.
    pub max_items: u32,
    /// How long the server allows from the first byte of a frame to its last, in ms; 0 = none.
    pub frame_timeout_ms: u32,
    /// How long an idle connection (no call in flight) may stay silent, in ms; 0 = none.
    pub idle_timeout_ms: u32,
    /// One answer per requested interface.
    pub interfaces: Vec<WelcomeEntry>,
}

/// `call`: runs one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call<'a> {
    /// The call id, unique among the connection's calls in flight.
    pub id: u64,
    /// The server's interface index (from `welcome`).
    pub iface: u32,
    /// The server's function index (from `welcome`).
    pub func: u32,
    /// Milliseconds the client still waits, counted from receipt; 0 = no deadline.
    pub deadline_ms: u32,
    /// The exact bytes of the arguments RECORD.
    pub args: &'a [u8],
}

/// The outcome carried by a `reply`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// The exact bytes of the result value (`UNIT` for a function without result).
    Ok(&'a [u8]),
    /// The call failed.
    Err {
        /// A [`code`].
        code: u32,
        /// A human-readable description.
        message: &'a str,
    },
}

/// `reply`: the outcome of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    /// The id of the call.
    pub id: u64,
    /// What happened.
    pub outcome: Outcome<'a>,
}

/// One frame, borrowing its variable-length parts from the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame<'a> {
    /// See [`Hello`].
    Hello(Hello),
    /// See [`Welcome`].
    Welcome(Welcome),
    /// See [`Call`].
    Call(Call<'a>),
    /// See [`Reply`].
    Reply(Reply<'a>),
    /// Abandons call `id`.
    Cancel {
        /// The call id.
        id: u64,
    },
    /// Asks for a `pong` with the same nonce.
    Ping {
        /// Echoed by the `pong`.
        nonce: u64,
    },
    /// Answers a `ping`.
    Pong {
        /// The `ping`'s nonce.
        nonce: u64,
    },
    /// The sender accepts no new work; calls in flight still complete.
    Goaway {
        /// Why.
        reason: &'a str,
    },
}

fn count(n: usize) -> Result<u32, FrameError> {
    u32::try_from(n).map_err(|_| FrameError::Encode(EncodeError::TooLarge))
}

impl Frame<'_> {
    /// The frame's kind byte.
    pub fn kind(&self) -> u8 {
        match self {
            Frame::Hello(_) => kind::HELLO,
            Frame::Welcome(_) => kind::WELCOME,
            Frame::Call(_) => kind::CALL,
            Frame::Reply(_) => kind::REPLY,
            Frame::Cancel { .. } => kind::CANCEL,
            Frame::Ping { .. } => kind::PING,
            Frame::Pong { .. } => kind::PONG,
            Frame::Goaway { .. } => kind::GOAWAY,
        }
    }

    /// Encodes the frame into `enc` (cleared first) and returns the message bytes.
    ///
    /// The embedded argument and result values are copied as they are: the caller vouches that
    /// each is one valid neopack value.
    ///
    /// # Errors
    /// [`FrameError::Encode`] when a length does not fit its field, [`FrameError::Unsupported`]
    /// for a type tree this version cannot express.
    pub fn encode<'e>(&self, enc: &'e mut Encoder) -> Result<&'e [u8], FrameError> {
        enc.clear();
        self.write(enc)?;
        Ok(enc.finish()?)
    }

    /// Encodes the frame into a new vector.
    ///
    /// # Errors
    /// As [`Frame::encode`].
    pub fn to_vec(&self) -> Result<Vec<u8>, FrameError> {
        let mut enc = Encoder::new();
        Ok(self.encode(&mut enc)?.to_vec())
    }

    fn write(&self, enc: &mut Encoder) -> Result<(), FrameError> {
        match self {
            Frame::Hello(h) => {
                enc.begin_record(4)?;
                enc.u8(kind::HELLO)?;
                enc.u32(h.version)?;
                enc.u32(h.max_frame)?;
                enc.begin_list(count(h.interfaces.len())?)?;
                for i in &h.interfaces {
                    enc.begin_record(2)?;
                    enc.str(&i.name)?;
                    enc.begin_list(count(i.functions.len())?)?;
                    for f in &i.functions {
                        enc.begin_record(2)?;
                        enc.str(&f.name)?;
                        enc.u64(f.fingerprint)?;
                        enc.end_record()?;
                    }
                    enc.end_list()?;
                    enc.end_record()?;
                }
                enc.end_list()?;
            }
            Frame::Welcome(w) => {
                enc.begin_record(9)?;
                enc.u8(kind::WELCOME)?;
                enc.u32(w.version)?;
                enc.u32(w.max_frame)?;
                enc.u32(w.max_in_flight)?;
                enc.u32(w.max_depth)?;
                enc.u32(w.max_items)?;
                enc.u32(w.frame_timeout_ms)?;
                enc.u32(w.idle_timeout_ms)?;
                enc.begin_list(count(w.interfaces.len())?)?;
                for e in &w.interfaces {
                    write_entry(enc, e)?;
                }
                enc.end_list()?;
            }
            Frame::Call(c) => {
                enc.begin_record(6)?;
                enc.u8(kind::CALL)?;
                enc.u64(c.id)?;
                enc.u32(c.iface)?;
                enc.u32(c.func)?;
                enc.u32(c.deadline_ms)?;
                enc.raw_value(c.args)?;
            }
            Frame::Reply(r) => {
                enc.begin_record(3)?;
                enc.u8(kind::REPLY)?;
                enc.u64(r.id)?;
                match r.outcome {
                    Outcome::Ok(v) => {
                        enc.ok()?;
                        enc.raw_value(v)?;
                    }
                    Outcome::Err { code, message } => {
                        enc.err()?;
                        enc.begin_record(2)?;
                        enc.u32(code)?;
                        enc.str(message)?;
                        enc.end_record()?;
                    }
                }
            }
            Frame::Cancel { id: n } | Frame::Ping { nonce: n } | Frame::Pong { nonce: n } => {
                enc.begin_record(2)?;
                enc.u8(self.kind())?;
                enc.u64(*n)?;
            }
            Frame::Goaway { reason } => {
                enc.begin_record(2)?;
                enc.u8(kind::GOAWAY)?;
                enc.str(reason)?;
            }
        }
        Ok(enc.end_record()?)
    }
}

fn write_entry(enc: &mut Encoder, e: &WelcomeEntry) -> Result<(), FrameError> {
    match e {
        WelcomeEntry::Accepted { iface, funcs } => {
            enc.variant(0)?;
            enc.begin_record(2)?;
            enc.u32(*iface)?;
            enc.packed(funcs)?;
            enc.end_record()?;
        }
        WelcomeEntry::UnknownInterface => {
            enc.variant(1)?;
            enc.unit()?;
        }
        WelcomeEntry::Mismatch { function, server } => {
            enc.variant(2)?;
            enc.begin_record(2)?;
            enc.str(function)?;
            match server {
                Some(f) => {
                    enc.some()?;
                    typecodec::encode_function(enc, f)?;
                }
                None => enc.none()?,
            }
            enc.end_record()?;
        }
        WelcomeEntry::Forbidden => {
            enc.variant(3)?;
            enc.unit()?;
        }
    }
    Ok(())
}

/// The number of fields of each frame kind (kind included), `None` for unknown kinds.
const fn field_count(k: u8) -> Option<u32> {
    Some(match k {
        kind::HELLO => 4,
        kind::WELCOME => 9,
        kind::CALL => 6,
        kind::REPLY => 3,
        kind::CANCEL | kind::PING | kind::PONG | kind::GOAWAY => 2,
        _ => return None,
    })
}

/// Reads the record header and the kind; checks the field count.
fn header(dec: &mut Decoder<'_>) -> Result<u8, FrameError> {
    let n = dec.begin_record()?;
    let at = dec.offset();
    if n == 0 {
        return Err(FrameError::Invalid { what: "empty frame record", offset: at });
    }
    let k = dec.u8()?;
    match field_count(k) {
        None => Err(FrameError::Invalid { what: "unknown frame kind", offset: at + 1 }),
        Some(expected) if expected != n => {
            Err(FrameError::Invalid { what: "wrong field count for frame kind", offset: 0 })
        }
        Some(_) => Ok(k),
    }
}

/// Reads the kind and, for `call`, `reply` and `cancel`, the call id of a frame whose body may
/// be broken — truncated, or with lengths that do not add up: lets a peer answer or fail
/// exactly the call a malformed frame was about. Only the fixed-layout head is read
/// (`RECORD`, body length, field count, `u8` kind, `u64` id); the lengths are not trusted.
pub fn peek_id(bytes: &[u8], limits: Limits) -> Option<(u8, u64)> {
    if let Ok(mut dec) = Decoder::new(bytes, limits)
        && let Ok(k) = header(&mut dec)
        && let Ok(id) = dec.u64()
    {
        return matches!(k, kind::CALL | kind::REPLY | kind::CANCEL).then_some((k, id));
    }
    // RECORD len:u32 count:u32 | U8 kind | U64 id
    let head = bytes.get(..20)?;
    let ok = head[0] == tag::RECORD && head[9] == tag::U8 && head[11] == tag::U64;
    let k = head[10];
    let id = u64::from_le_bytes(head[12..20].try_into().ok()?);
    (ok && matches!(k, kind::CALL | kind::REPLY | kind::CANCEL)).then_some((k, id))
}

impl<'a> Frame<'a> {
    /// Decodes one frame, checked against `limits` (set `max_size` to the frame limit).
    ///
    /// # Errors
    /// [`FrameError::Decode`] or [`FrameError::Invalid`] with the offset of the first bad byte.
    pub fn decode(bytes: &'a [u8], limits: Limits) -> Result<Self, FrameError> {
        let mut dec = Decoder::new(bytes, limits)?;
        let k = header(&mut dec)?;
        let frame = match k {
            kind::HELLO => {
                let version = dec.u32()?;
                let max_frame = dec.u32()?;
                let n = dec.begin_list()?;
                let mut interfaces = Vec::new();
                for _ in 0..n {
                    expect_count(&mut dec, 2)?;
                    let name = dec.str()?.to_owned();
                    let m = dec.begin_list()?;
                    let mut functions = Vec::new();
                    for _ in 0..m {
                        expect_count(&mut dec, 2)?;
                        let name = dec.str()?.to_owned();
                        functions.push(FunctionRef { name, fingerprint: dec.u64()? });
                        dec.end()?;
                    }
                    dec.end()?;
                    dec.end()?;
                    interfaces.push(HelloInterface { name, functions });
                }
                dec.end()?;
                Frame::Hello(Hello { version, max_frame, interfaces })
            }
            kind::WELCOME => {
                let version = dec.u32()?;
                let max_frame = dec.u32()?;
                let max_in_flight = dec.u32()?;
                let max_depth = dec.u32()?;
                let max_items = dec.u32()?;
                let frame_timeout_ms = dec.u32()?;
                let idle_timeout_ms = dec.u32()?;
                let n = dec.begin_list()?;
                let mut interfaces = Vec::new();
                for _ in 0..n {
                    interfaces.push(read_entry(&mut dec)?);
                }
                dec.end()?;
                Frame::Welcome(Welcome {
                    version,
                    max_frame,
                    max_in_flight,
                    max_depth,
                    max_items,
                    frame_timeout_ms,
                    idle_timeout_ms,
                    interfaces,
                })
            }
            kind::CALL => Frame::Call(Call {
                id: dec.u64()?,
                iface: dec.u32()?,
                func: dec.u32()?,
                deadline_ms: dec.u32()?,
                args: dec.raw_value()?,
            }),
            kind::REPLY => {
                let id = dec.u64()?;
                let outcome = if dec.result()? {
                    Outcome::Ok(dec.raw_value()?)
                } else {
                    expect_count(&mut dec, 2)?;
                    let code = dec.u32()?;
                    let message = dec.str()?;
                    dec.end()?;
                    Outcome::Err { code, message }
                };
                Frame::Reply(Reply { id, outcome })
            }
            kind::CANCEL => Frame::Cancel { id: dec.u64()? },
            kind::PING => Frame::Ping { nonce: dec.u64()? },
            kind::PONG => Frame::Pong { nonce: dec.u64()? },
            _ => Frame::Goaway { reason: dec.str()? },
        };
        dec.end()?;
        dec.finish()?;
        Ok(frame)
    }
}

fn expect_count(dec: &mut Decoder<'_>, expected: u32) -> Result<(), FrameError> {
    let offset = dec.offset();
    if dec.begin_record()? == expected {
        Ok(())
    } else {
        Err(FrameError::Invalid { what: "record field count", offset })
    }
}

fn read_entry(dec: &mut Decoder<'_>) -> Result<WelcomeEntry, FrameError> {
    let offset = dec.offset();
    Ok(match dec.variant()? {
        0 => {
            expect_count(dec, 2)?;
            let iface = dec.u32()?;
            let funcs = dec.packed(tag::U32)?.iter::<u32>().collect();
            dec.end()?;
            WelcomeEntry::Accepted { iface, funcs }
        }
        1 => {
            dec.unit()?;
            WelcomeEntry::UnknownInterface
        }
        2 => {
            expect_count(dec, 2)?;
            let function = dec.str()?.to_owned();
            let server = if dec.option()? { Some(typecodec::decode_function(dec)?) } else { None };
            dec.end()?;
            WelcomeEntry::Mismatch { function, server }
        }
        3 => {
            dec.unit()?;
            WelcomeEntry::Forbidden
        }
        _ => return Err(FrameError::Invalid { what: "unknown welcome entry case", offset }),
    })
}
