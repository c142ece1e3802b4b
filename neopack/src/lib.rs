//! neopack: the self-describing, bounded, canonical TLV binary format of neorun.
//!
//! Every value is a tag byte and a body; containers state their body length, so a reader can
//! bounds-check and skip them. Each value has exactly one encoding, so two encoders that agree
//! on the value agree on the bytes. `SPEC.md` beside this crate is normative.
//!
//! - [`Encoder`]: a strict state machine that writes one message into a reusable buffer.
//! - [`Decoder`]: a zero-copy cursor with typed reads, checked against [`Limits`].
//! - [`decode`] / [`ValueRef`]: a schema-less borrowed view; [`encode_value`] writes it back.
//! - [`validate`]: checks a message against a [`schema::Type`].
//! - [`pretty`]: readable text of any valid message.
//!
//! ```
//! use neopack::{Decoder, Encoder, Limits, schema::Type};
//!
//! // record { key: string, value: list<u8>, version: u64 }
//! let ty = Type::record([("key", Type::String), ("value", Type::list(Type::U8)), ("version", Type::U64)]);
//!
//! let mut enc = Encoder::new();
//! enc.begin_record(3)?;
//! enc.str("greeting")?;
//! enc.bytes(b"hi")?;
//! enc.u64(7)?;
//! enc.end_record()?;
//! let bytes = enc.finish()?;
//! neopack::validate(bytes, &ty, Limits::default())?;
//!
//! let mut dec = Decoder::new(bytes, Limits::default())?;
//! assert_eq!(dec.begin_record()?, 3);
//! let key: &str = dec.str()?; // borrowed from `bytes`
//! let value: &[u8] = dec.bytes()?;
//! let version = dec.u64()?;
//! dec.end()?;
//! dec.finish()?;
//! assert_eq!((key, value, version), ("greeting", &b"hi"[..], 7));
//!
//! assert_eq!(
//!     neopack::pretty(bytes, Limits::default())?,
//!     "record(3) {\n  \"greeting\",\n  packed u8[2] 68 69,\n  u64 7,\n}"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![no_std]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod codec;
mod decoder;
mod encoder;
mod error;
mod fast;
#[doc(hidden)]
pub mod fuzzing;
mod packable;
mod packed;
mod pretty;
pub mod schema;
mod stack;
pub mod tag;
mod validate;
mod value;

pub use decoder::{Decoder, Packed, PackedIter};
pub use encoder::Encoder;
pub use error::{DecodeError, DecodeErrorKind, EncodeError};
pub use packable::{CANONICAL_NAN_F32, CANONICAL_NAN_F64, Packable};
pub use pretty::pretty;
pub use validate::validate;
pub use value::{ValueRef, decode, encode_value};

/// Bounds a decoder enforces before it allocates anything (SPEC.md, "Limits").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Maximum nesting of compound values (list, record, variant, some, ok, err); a compound
    /// root is at depth 1, so 0 admits only non-compound roots.
    pub max_depth: u32,
    /// Maximum message size in bytes.
    pub max_size: usize,
    /// Maximum total number of elements over the message: the counts of every list, record
    /// and packed array added up.
    pub max_items: u32,
    /// How many times the message's size (plus [`EXPANSION_SLACK`]) a typed decode
    /// ([`codec::Decode`]) may allocate for list elements: each element of a decoded list
    /// costs its in-memory size (`size_of::<T>()`: 24 bytes for an empty `String` encoded in
    /// 5), so a message of empty strings or empty lists cannot decode into many times its own
    /// size. The slack keeps small messages clear of it.
    pub max_expansion: u32,
}

/// Bytes of list elements a typed decode may allocate beyond
/// [`Limits::max_expansion`] times the message's size: 64 KiB.
pub const EXPANSION_SLACK: usize = 64 << 10;

impl Default for Limits {
    /// Depth 64, size 16 MiB, items 2^22 (a 4 MiB `list<u8>`; a consumer that materialises one
    /// value per element, such as the dynamic `Val` path, stays within a bounded allocation),
    /// expansion 4.
    fn default() -> Self {
        Self { max_depth: 64, max_size: 16 << 20, max_items: 1 << 22, max_expansion: 4 }
    }
}

impl Limits {
    /// No limit beyond what the format and memory impose (trusted input only).
    pub const fn unlimited() -> Self {
        Self {
            max_depth: u32::MAX,
            max_size: usize::MAX,
            max_items: u32::MAX,
            max_expansion: u32::MAX,
        }
    }
}
