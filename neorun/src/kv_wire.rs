//! The in-memory store on the wire: its schema, and a [`Service`] that serves it to remote
//! guests, decoding arguments straight into typed values (no `Val`).

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use futures::future::{BoxFuture, FutureExt};
use neopack::schema::{Case, Function, Interface, Type};
use neopack::{DecodeError, Decoder, EncodeError, Encoder, Limits};

use crate::kv::{Entry, INTERFACE, InMemoryKv, KvError};
use crate::rpc::frame::code;
use crate::rpc::{Failure, Service};

/// `record entry` of `neorun:kv/store`.
pub fn entry_type() -> Type {
    Type::record([
        ("key", Type::String),
        ("value", Type::list(Type::U8)),
        ("tags", Type::list(Type::String)),
        ("version", Type::U64),
    ])
}

/// The schema of `neorun:kv/store@0.1.0`, in declaration order.
pub fn schema() -> &'static Interface {
    static SCHEMA: OnceLock<Interface> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let kv_error = Type::Variant(vec![
            Case::new("invalid-key", Some(Type::String)),
            Case::new("too-large", Some(Type::U64)),
        ]);
        Interface::new(
            INTERFACE,
            vec![
                Function::new::<&str>("noop", [], None),
                Function::new("get", [("key", Type::String)], Some(Type::option(entry_type()))),
                Function::new(
                    "put",
                    [("e", entry_type())],
                    Some(Type::result(Some(Type::U64), Some(kv_error))),
                ),
                Function::new("delete", [("key", Type::String)], Some(Type::Bool)),
                Function::new("keys", [("prefix", Type::String)], Some(Type::list(Type::String))),
            ],
        )
    })
}

/// Encodes `e` as `record entry`.
///
/// # Errors
/// When the encoder refuses the value (a length over `u32::MAX`).
pub fn encode_entry(enc: &mut Encoder, e: &Entry) -> Result<(), EncodeError> {
    enc.begin_record(4)?;
    enc.str(&e.key)?;
    enc.bytes(&e.value)?;
    encode_strings(enc, &e.tags)?;
    enc.u64(e.version)?;
    enc.end_record()
}

fn encode_strings(enc: &mut Encoder, items: &[String]) -> Result<(), EncodeError> {
    enc.begin_list(items.len() as u32)?;
    for s in items {
        enc.str(s)?;
    }
    enc.end_list()
}

/// Decodes a `record entry`.
///
/// # Errors
/// When the bytes are not an entry.
pub fn decode_entry(dec: &mut Decoder<'_>) -> Result<Entry, DecodeError> {
    dec.begin_record()?;
    let key = dec.str()?.to_owned();
    let value = dec.bytes()?.to_vec();
    let tags = decode_strings(dec)?;
    let version = dec.u64()?;
    dec.end()?;
    Ok(Entry { key, value, tags, version })
}

fn decode_strings(dec: &mut Decoder<'_>) -> Result<Vec<String>, DecodeError> {
    let n = dec.begin_list()?;
    // The count was checked against the message size and the item limit.
    let mut out = Vec::with_capacity(n as usize);
    for _ in 0..n {
        out.push(dec.str()?.to_owned());
    }
    dec.end()?;
    Ok(out)
}

/// Serves an [`InMemoryKv`] as `neorun:kv/store@0.1.0`.
#[derive(Debug, Clone)]
pub struct KvService {
    kv: Arc<InMemoryKv>,
    interfaces: Arc<[Interface]>,
}

impl KvService {
    /// Serves `kv`.
    pub fn new(kv: Arc<InMemoryKv>) -> Self {
        Self { kv, interfaces: Arc::from([schema().clone()]) }
    }

    fn dispatch(&self, func: usize, args: &[u8]) -> Result<Vec<u8>, Failure> {
        let bad = |e: DecodeError| Failure::new(code::BAD_ARGUMENTS, format!("{e}"));
        let mut dec = Decoder::new(args, Limits::default()).map_err(bad)?;
        let mut out = Encoder::new();
        let enc = |e: EncodeError| Failure::handler(format!("encoding the result: {e}"));
        let fields = dec.begin_record().map_err(bad)?;
        match func {
            0 => {
                expect_fields(fields, 0)?;
                dec.end().map_err(bad)?;
                dec.finish().map_err(bad)?;
                out.unit().map_err(enc)?;
            }
            1 | 3 | 4 => {
                expect_fields(fields, 1)?;
                let key = dec.str().map_err(bad)?;
                dec.end().map_err(bad)?;
                dec.finish().map_err(bad)?;
                match func {
                    1 => match self.kv.get(key) {
                        Some(e) => {
                            out.some().map_err(enc)?;
                            encode_entry(&mut out, &e).map_err(enc)?;
                        }
                        None => out.none().map_err(enc)?,
                    },
                    3 => out.bool(self.kv.delete(key)).map_err(enc)?,
                    _ => encode_strings(&mut out, &self.kv.keys(key)).map_err(enc)?,
                }
            }
            2 => {
                expect_fields(fields, 1)?;
                let e = decode_entry(&mut dec).map_err(bad)?;
                dec.end().map_err(bad)?;
                dec.finish().map_err(bad)?;
                match self.kv.put(e) {
                    Ok(rev) => {
                        out.ok().map_err(enc)?;
                        out.u64(rev).map_err(enc)?;
                    }
                    Err(KvError::InvalidKey(why)) => {
                        out.err().map_err(enc)?;
                        out.variant(0).map_err(enc)?;
                        out.str(&why).map_err(enc)?;
                    }
                    Err(KvError::TooLarge(limit)) => {
                        out.err().map_err(enc)?;
                        out.variant(1).map_err(enc)?;
                        out.u64(limit).map_err(enc)?;
                    }
                }
            }
            _ => return Err(Failure::new(code::UNKNOWN_TARGET, format!("no function #{func}"))),
        }
        out.finish().map_err(enc)?;
        Ok(out.into_bytes())
    }
}

fn expect_fields(found: u32, expected: u32) -> Result<(), Failure> {
    if found == expected {
        Ok(())
    } else {
        Err(Failure::new(
            code::BAD_ARGUMENTS,
            format!("expected {expected} arguments, found {found}"),
        ))
    }
}

impl Service for KvService {
    fn interfaces(&self) -> &[Interface] {
        &self.interfaces
    }

    fn call(
        &self,
        iface: usize,
        func: usize,
        args: Bytes,
    ) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let result = if iface == 0 {
            self.dispatch(func, &args).map(Bytes::from)
        } else {
            Err(Failure::new(code::UNKNOWN_TARGET, format!("no interface #{iface}")))
        };
        futures::future::ready(result).boxed()
    }
}
