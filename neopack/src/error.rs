//! The error types of the encoder and the decoder (SPEC.md, "Errors").

use thiserror::Error;

/// Misuse of an [`Encoder`](crate::Encoder).
///
/// The call that returns one of these has written nothing: the buffer holds exactly the bytes of
/// the calls that succeeded, so an encoder never emits a corrupt message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// An `end_*` call found no open container of that kind on top of the stack.
    #[error("no open {expected} to end")]
    NotOpen {
        /// The kind of container the call wanted to end (`"list"` or `"record"`).
        expected: &'static str,
    },
    /// A container received a different number of values than it declared.
    #[error("container declared {declared} values but {written} were written")]
    CountMismatch {
        /// The count given to `begin_*`.
        declared: u32,
        /// The number of values written (or attempted) so far.
        written: u32,
    },
    /// A value was written after the root value was complete.
    #[error("a message holds exactly one root value")]
    SecondRoot,
    /// `finish` was called with containers still open.
    #[error("{open} containers are still open")]
    Unfinished {
        /// How many containers (and pending payload slots) are open.
        open: usize,
    },
    /// `finish` was called before any value was written.
    #[error("no root value was written")]
    Empty,
    /// A length or count does not fit the `u32` field that carries it.
    #[error("value too large for a u32 length field")]
    TooLarge,
    /// A `char` element is not a Unicode scalar value.
    #[error("invalid char {0:#x}")]
    InvalidChar(u32),
    /// A packed array's element tag is not a fixed-width scalar tag.
    #[error("tag {0:#04x} is not a packable scalar tag")]
    BadElemTag(u8),
    /// A raw packed body's length is not `count × width`.
    #[error("packed body length does not match count times element width")]
    PackedLength,
    /// [`Encoder::raw_value`](crate::Encoder::raw_value) was given bytes that are not exactly
    /// one valid value.
    #[error("raw value is not one valid value: {0}")]
    InvalidRaw(crate::DecodeError),
    /// A container was ended or the message finished while a variant, `some`, `ok` or `err`
    /// still waited for its payload value.
    #[error("a variant, some, ok or err payload value was expected")]
    PayloadExpected,
    /// `flags` with more than 64 flags, or with bits set at or above `count`.
    #[error("flags count {count} with bits {bits:#x} is invalid")]
    BadFlags {
        /// The number of flags.
        count: u32,
        /// The flag bits.
        bits: u64,
    },
}

/// Why a message was rejected; see [`DecodeError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The input, or the body of the enclosing container, ends inside a value.
    #[error("unexpected end of input")]
    UnexpectedEnd,
    /// A tag byte that neopack does not define.
    #[error("unknown tag {0:#04x}")]
    UnknownTag(u8),
    /// A known tag where a typed read or the schema wanted another one.
    #[error("expected tag {expected:#04x}, found {found:#04x}")]
    UnexpectedTag {
        /// The tag (or packed element tag) that was wanted.
        expected: u8,
        /// The tag found.
        found: u8,
    },
    /// A string that is not UTF-8; the offset is the first invalid byte.
    #[error("invalid utf-8")]
    InvalidUtf8,
    /// A `char` that is not a Unicode scalar value.
    #[error("invalid char {0:#x}")]
    InvalidChar(u32),
    /// A length field that exceeds the rest of the input or of the enclosing container.
    #[error("length out of bounds")]
    LengthOutOfBounds,
    /// Bytes after the root value.
    #[error("trailing bytes")]
    TrailingBytes,
    /// Compound values nested deeper than [`Limits::max_depth`](crate::Limits::max_depth).
    #[error("nesting depth limit exceeded")]
    DepthLimit,
    /// A message larger than [`Limits::max_size`](crate::Limits::max_size).
    #[error("message size limit exceeded")]
    SizeLimit,
    /// More elements in the message than [`Limits::max_items`](crate::Limits::max_items).
    #[error("element count limit exceeded")]
    ItemLimit,
    /// A typed decode would allocate more memory for list elements than
    /// [`Limits::max_expansion`](crate::Limits::max_expansion) times the message's size.
    #[error("decoded memory limit exceeded")]
    ExpansionLimit,
    /// A container's count does not match its contents (more values read than counted, fewer
    /// values than counted, or a count larger than its body could hold).
    #[error("container count does not match its contents")]
    CountMismatch,
    /// A container's body length does not match its contents: bytes remain after the counted
    /// values.
    #[error("container body length does not match its contents")]
    BodyLengthMismatch,
    /// A packed array whose element tag is not a fixed-width scalar tag.
    #[error("tag {0:#04x} is not a packable scalar tag")]
    BadElemTag(u8),
    /// A valid value in a form that is not its one canonical encoding.
    #[error("non-canonical encoding: {0}")]
    NonCanonical(&'static str),
    /// A variant case index not declared by the schema type.
    #[error("case {case} out of range for {cases} cases")]
    CaseOutOfRange {
        /// The case index found.
        case: u32,
        /// The number of cases of the type.
        cases: u32,
    },
    /// A record, tuple or flags count different from the schema type's.
    #[error("expected {expected} entries, found {found}")]
    WrongCount {
        /// The count the type declares.
        expected: u32,
        /// The count found.
        found: u32,
    },
    /// A flags value with more than 64 flags.
    #[error("{0} flags exceed the maximum of 64")]
    TooManyFlags(u32),
    /// [`Decoder::end`](crate::Decoder::end) with no list or record open, or with a payload
    /// still expected.
    #[error("no open container to end")]
    NoOpenContainer,
    /// [`Decoder::finish`](crate::Decoder::finish) before the root value was complete.
    #[error("message incomplete")]
    Incomplete,
}

/// A rejected message: what is wrong and the byte offset of the first bad byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("{kind} at byte {offset}")]
pub struct DecodeError {
    /// What is wrong.
    pub kind: DecodeErrorKind,
    /// Offset from the start of the message of the first byte that made it invalid.
    pub offset: usize,
}

impl DecodeError {
    /// An error of `kind` at `offset`.
    pub const fn new(kind: DecodeErrorKind, offset: usize) -> Self {
        Self { kind, offset }
    }
}
