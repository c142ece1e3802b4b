//! The encoder: a strict state machine with a stack of open containers (SPEC.md, "Encoder").

use alloc::vec::Vec;

use crate::error::EncodeError;
use crate::packable::{Packable, canonicalize_floats, f32_bits, f64_bits};
use crate::tag;

/// What an entry of the encoder's stack is waiting for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A `LIST`; `tags` tells whether every element has the same tag.
    List,
    /// A `RECORD`.
    Record,
    /// The one payload value of a variant, `some`, `ok` or `err`; `slot_tag` holds its tag.
    Slot,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    kind: Kind,
    /// Offset of the `body-len` field (containers only).
    len_pos: usize,
    declared: u32,
    written: u32,
    /// Bit `t` is set for every tag `t` written into this entry (all tags are below 32), so
    /// a list's elements share one tag exactly when one bit is set. One `or` per value.
    tags: u32,
    /// A slot's own tag, which its parent counts once the payload is complete.
    slot_tag: u8,
}

impl Open {
    #[inline(always)]
    const fn new(kind: Kind, len_pos: usize, declared: u32, slot_tag: u8) -> Self {
        Self { kind, len_pos, declared, written: 0, tags: 0, slot_tag }
    }
}

/// Writes one neopack message into a reusable buffer.
///
/// Each call appends one value (or opens or closes a container); the encoder keeps a stack of
/// open containers, reserves their `body-len` fields and back-patches them when they end.
/// Misuse returns an [`EncodeError`] and writes nothing, so the buffer never holds corrupt bytes.
/// After [`Encoder::finish`], [`Encoder::clear`] starts the next message and keeps the buffer's
/// and the stack's capacity: encoding allocates nothing once both are warm.
///
/// A `LIST` whose elements all turn out to be the same fixed-width scalar is rewritten in place
/// into the canonical `PACKED` array when it ends (SPEC.md, "Canonical form").
#[derive(Clone, Debug, Default)]
pub struct Encoder {
    buf: Vec<u8>,
    /// The open containers and payload slots, innermost last. Entries are updated in place and
    /// never copied while open: a copy of an entry whose counters were just written would wait
    /// for those stores (no store-to-load forwarding into a wider load).
    stack: Vec<Open>,
    root_start: usize,
    root_done: bool,
}

impl Encoder {
    /// An empty encoder.
    pub fn new() -> Self {
        Self::default()
    }

    /// An encoder that appends the message after the existing bytes of `buf` (a frame header,
    /// say); [`Encoder::finish`] returns only the message, [`Encoder::into_bytes`] everything.
    pub fn with_buffer(buf: Vec<u8>) -> Self {
        Self { root_start: buf.len(), buf, stack: Vec::new(), root_done: false }
    }

    /// Forgets the buffer's bytes (a `with_buffer` prefix too) and all state; keeps capacity.
    pub fn clear(&mut self) {
        self.buf.clear();
        self.stack.clear();
        self.root_start = 0;
        self.root_done = false;
    }

    /// The length in bytes of the whole buffer, including a `with_buffer` prefix.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// Whether the whole buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The whole buffer, including a `with_buffer` prefix and any unfinished message.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    /// The message: exactly one complete root value.
    ///
    /// # Errors
    /// [`EncodeError::Empty`] before any value, [`EncodeError::PayloadExpected`] while a
    /// variant/`some`/`ok`/`err` waits for its payload, [`EncodeError::Unfinished`] while a
    /// container is open.
    pub fn finish(&mut self) -> Result<&[u8], EncodeError> {
        match self.stack.last() {
            Some(top) if top.kind == Kind::Slot => Err(EncodeError::PayloadExpected),
            Some(_) => Err(EncodeError::Unfinished { open: self.stack.len() }),
            None if !self.root_done => Err(EncodeError::Empty),
            None => Ok(&self.buf[self.root_start..]),
        }
    }

    /// Checks that one more value may be written here.
    #[inline(always)]
    fn before(&self) -> Result<(), EncodeError> {
        match self.stack.last() {
            // A slot declares 1 and is closed by its value, so it always passes.
            Some(top) if top.written < top.declared => Ok(()),
            None if !self.root_done => Ok(()),
            _ => Err(self.full()),
        }
    }

    /// Why no value fits: the root is written or the container has all its values.
    #[cold]
    #[inline(never)]
    fn full(&self) -> EncodeError {
        match self.stack.last() {
            None => EncodeError::SecondRoot,
            Some(top) => EncodeError::CountMismatch {
                declared: top.declared,
                written: top.written.saturating_add(1),
            },
        }
    }

    /// Records that a value with tag `t` is complete, closing the payload slots it completes.
    #[inline(always)]
    fn done(&mut self, t: u8) {
        match self.stack.last_mut() {
            Some(top) if top.kind != Kind::Slot => {
                top.written += 1;
                top.tags |= 1 << (t & 31);
            }
            _ => self.done_slow(t),
        }
    }

    /// `done` when the value completes a slot or the root.
    #[inline(never)]
    fn done_slow(&mut self, mut t: u8) {
        while let Some(top) = self.stack.last_mut() {
            if top.kind != Kind::Slot {
                top.written += 1;
                top.tags |= 1 << (t & 31);
                return;
            }
            t = top.slot_tag;
            self.stack.pop();
        }
        self.root_done = true;
    }

    #[inline(always)]
    fn scalar<const N: usize>(&mut self, t: u8, body: [u8; N]) -> Result<(), EncodeError> {
        self.before()?;
        // One append of tag and body: a single capacity check.
        let mut a = [0; 9];
        a[0] = t;
        a[1..=N].copy_from_slice(&body);
        self.buf.extend_from_slice(&a[..=N]);
        self.done(t);
        Ok(())
    }

    /// Appends `value`, one already-encoded value (for example the arguments record of a call,
    /// embedded in the call frame without decoding it), as the next value.
    ///
    /// The bytes are checked to be exactly one valid value (a schema-less walk, no
    /// allocation), so the encoder still never emits a corrupt message.
    ///
    /// # Errors
    /// [`EncodeError::InvalidRaw`] with the decoder's error, or as [`Encoder::unit`].
    pub fn raw_value(&mut self, value: &[u8]) -> Result<(), EncodeError> {
        self.before()?;
        let mut dec = crate::Decoder::new(value, crate::Limits::unlimited())
            .map_err(EncodeError::InvalidRaw)?;
        dec.skip().and_then(|()| dec.finish()).map_err(EncodeError::InvalidRaw)?;
        self.buf.extend_from_slice(value);
        self.done(value[0]);
        Ok(())
    }

    /// `UNIT`: the absent payload of a variant case or result arm.
    ///
    /// # Errors
    /// [`EncodeError::SecondRoot`] or [`EncodeError::CountMismatch`] when no value fits here
    /// (the same holds for every value-writing method).
    pub fn unit(&mut self) -> Result<(), EncodeError> {
        self.scalar(tag::UNIT, [])
    }

    /// `FALSE` or `TRUE`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn bool(&mut self, v: bool) -> Result<(), EncodeError> {
        self.scalar(if v { tag::TRUE } else { tag::FALSE }, [])
    }

    /// `U8`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn u8(&mut self, v: u8) -> Result<(), EncodeError> {
        self.scalar(tag::U8, [v])
    }

    /// `U16`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn u16(&mut self, v: u16) -> Result<(), EncodeError> {
        self.scalar(tag::U16, v.to_le_bytes())
    }

    /// `U32`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn u32(&mut self, v: u32) -> Result<(), EncodeError> {
        self.scalar(tag::U32, v.to_le_bytes())
    }

    /// `U64`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn u64(&mut self, v: u64) -> Result<(), EncodeError> {
        self.scalar(tag::U64, v.to_le_bytes())
    }

    /// `S8`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn s8(&mut self, v: i8) -> Result<(), EncodeError> {
        self.scalar(tag::S8, v.to_le_bytes())
    }

    /// `S16`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn s16(&mut self, v: i16) -> Result<(), EncodeError> {
        self.scalar(tag::S16, v.to_le_bytes())
    }

    /// `S32`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn s32(&mut self, v: i32) -> Result<(), EncodeError> {
        self.scalar(tag::S32, v.to_le_bytes())
    }

    /// `S64`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn s64(&mut self, v: i64) -> Result<(), EncodeError> {
        self.scalar(tag::S64, v.to_le_bytes())
    }

    /// `F32`; any NaN is written as the canonical NaN `0x7fc00000`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn f32(&mut self, v: f32) -> Result<(), EncodeError> {
        self.scalar(tag::F32, f32_bits(v).to_le_bytes())
    }

    /// `F64`; any NaN is written as the canonical NaN `0x7ff8000000000000`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn f64(&mut self, v: f64) -> Result<(), EncodeError> {
        self.scalar(tag::F64, f64_bits(v).to_le_bytes())
    }

    /// `CHAR`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn char(&mut self, v: char) -> Result<(), EncodeError> {
        self.scalar(tag::CHAR, u32::from(v).to_le_bytes())
    }

    /// `HANDLE`: a resource id owned by the sender's peer.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn handle(&mut self, v: u64) -> Result<(), EncodeError> {
        self.scalar(tag::HANDLE, v.to_le_bytes())
    }

    /// `NONE`.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn none(&mut self) -> Result<(), EncodeError> {
        self.scalar(tag::NONE, [])
    }

    /// `STRING`: `len:u32` and the UTF-8 bytes.
    ///
    /// # Errors
    /// [`EncodeError::TooLarge`] beyond `u32::MAX` bytes; otherwise as [`Encoder::unit`].
    #[inline(always)]
    pub fn str(&mut self, v: &str) -> Result<(), EncodeError> {
        self.before()?;
        let len = u32::try_from(v.len()).map_err(|_| EncodeError::TooLarge)?;
        let l = len.to_le_bytes();
        self.buf.extend_from_slice(&[tag::STRING, l[0], l[1], l[2], l[3]]);
        self.buf.extend_from_slice(v.as_bytes());
        self.done(tag::STRING);
        Ok(())
    }

    /// A packed array of `u8`: the canonical encoding of `list<u8>`.
    ///
    /// # Errors
    /// As [`Encoder::packed`].
    #[inline]
    pub fn bytes(&mut self, v: &[u8]) -> Result<(), EncodeError> {
        self.packed(v)
    }

    /// `PACKED` with element tag `T::TAG`: the canonical encoding of `list<T>` for every
    /// fixed-width scalar `T` (NaNs canonicalised).
    ///
    /// # Errors
    /// [`EncodeError::TooLarge`] beyond `u32::MAX` elements; otherwise as [`Encoder::unit`].
    #[inline]
    pub fn packed<T: Packable>(&mut self, v: &[T]) -> Result<(), EncodeError> {
        self.before()?;
        let count = u32::try_from(v.len()).map_err(|_| EncodeError::TooLarge)?;
        self.buf.reserve(6 + v.len() * T::WIDTH);
        self.buf.push(tag::PACKED);
        self.buf.push(T::TAG);
        self.buf.extend_from_slice(&count.to_le_bytes());
        T::write_slice_le(v, &mut self.buf);
        self.done(tag::PACKED);
        Ok(())
    }

    /// `PACKED` from raw little-endian element bytes, as a [`Packed`](crate::Packed) view holds
    /// them; NaNs are canonicalised, chars checked.
    ///
    /// # Errors
    /// [`EncodeError::BadElemTag`], [`EncodeError::PackedLength`] when `le_bytes` is not
    /// `count × width` bytes, [`EncodeError::InvalidChar`]; otherwise as [`Encoder::unit`].
    pub fn packed_raw(
        &mut self,
        elem_tag: u8,
        count: u32,
        le_bytes: &[u8],
    ) -> Result<(), EncodeError> {
        self.before()?;
        let width = tag::scalar_width(elem_tag).ok_or(EncodeError::BadElemTag(elem_tag))?;
        if (count as usize).checked_mul(width) != Some(le_bytes.len()) {
            return Err(EncodeError::PackedLength);
        }
        if elem_tag == tag::CHAR {
            for c in le_bytes.as_chunks::<4>().0 {
                let v = u32::from_le_bytes(*c);
                if char::from_u32(v).is_none() {
                    return Err(EncodeError::InvalidChar(v));
                }
            }
        }
        self.buf.push(tag::PACKED);
        self.buf.push(elem_tag);
        self.buf.extend_from_slice(&count.to_le_bytes());
        let body = self.buf.len();
        self.buf.extend_from_slice(le_bytes);
        canonicalize_floats(elem_tag, &mut self.buf[body..]);
        self.done(tag::PACKED);
        Ok(())
    }

    /// `FLAGS`: `count` flags, bit `i` of `bits` is flag `i`.
    ///
    /// # Errors
    /// [`EncodeError::BadFlags`] when `count > 64` or a bit at or above `count` is set;
    /// otherwise as [`Encoder::unit`].
    pub fn flags(&mut self, count: u32, bits: u64) -> Result<(), EncodeError> {
        self.before()?;
        if count > 64 || (count < 64 && bits >> count != 0) {
            return Err(EncodeError::BadFlags { count, bits });
        }
        self.buf.push(tag::FLAGS);
        self.buf.extend_from_slice(&count.to_le_bytes());
        self.buf.extend_from_slice(&bits.to_le_bytes()[..count.div_ceil(8) as usize]);
        self.done(tag::FLAGS);
        Ok(())
    }

    #[inline(always)]
    fn begin(&mut self, t: u8, kind: Kind, count: u32) -> Result<(), EncodeError> {
        self.before()?;
        let len_pos = self.buf.len() + 1;
        let c = count.to_le_bytes();
        self.buf.extend_from_slice(&[t, 0, 0, 0, 0, c[0], c[1], c[2], c[3]]);
        self.stack.push(Open::new(kind, len_pos, count, 0));
        Ok(())
    }

    #[inline(always)]
    fn end(&mut self, kind: Kind, expected: &'static str) -> Result<(), EncodeError> {
        let (len_pos, declared, tags) = match self.stack.last() {
            Some(top) if top.kind == kind && top.written == top.declared => {
                (top.len_pos, top.declared, top.tags)
            }
            _ => return Err(self.end_error(kind, expected)),
        };
        let body = self.buf.len() - len_pos - 4;
        let body = u32::try_from(body).map_err(|_| EncodeError::TooLarge)?;
        let mut t = tag::RECORD;
        if kind == Kind::List {
            t = tag::LIST;
            // One tag, a fixed-width scalar: the list must be packed (SPEC.md §3.2).
            let elem = tags.trailing_zeros() as u8;
            let one = tags.is_power_of_two();
            if let Some(width) = tag::scalar_width(elem).filter(|_| one) {
                self.compact(len_pos, declared, elem, width);
                t = tag::PACKED;
            }
        }
        if t != tag::PACKED {
            self.buf[len_pos..len_pos + 4].copy_from_slice(&body.to_le_bytes());
        }
        self.stack.pop();
        self.done(t);
        Ok(())
    }

    /// Why `end` cannot close the innermost entry (a different kind, or values missing).
    #[cold]
    #[inline(never)]
    fn end_error(&self, kind: Kind, expected: &'static str) -> EncodeError {
        match self.stack.last() {
            Some(top) if top.kind == Kind::Slot => EncodeError::PayloadExpected,
            Some(top) if top.kind == kind => {
                EncodeError::CountMismatch { declared: top.declared, written: top.written }
            }
            _ => EncodeError::NotOpen { expected },
        }
    }

    /// Rewrites the `LIST` of `count` scalars tagged `elem` whose `body-len` field is at
    /// `len_pos` into the canonical `PACKED` array, in place (the packed form is shorter).
    fn compact(&mut self, len_pos: usize, count: u32, elem: u8, width: usize) {
        let tag_pos = len_pos - 1;
        self.buf[tag_pos] = tag::PACKED;
        self.buf[tag_pos + 1] = elem;
        self.buf.copy_within(len_pos + 4..len_pos + 8, tag_pos + 2);
        let (src, dst) = (len_pos + 8, tag_pos + 6);
        for i in 0..count as usize {
            let from = src + i * (width + 1) + 1;
            self.buf.copy_within(from..from + width, dst + i * width);
        }
        self.buf.truncate(dst + count as usize * width);
    }

    /// Opens a `LIST` of `count` values; write them, then [`Encoder::end_list`].
    ///
    /// Use [`Encoder::packed`] for lists of fixed-width scalars (a `LIST` of such scalars is
    /// rewritten into that form anyway).
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn begin_list(&mut self, count: u32) -> Result<(), EncodeError> {
        self.begin(tag::LIST, Kind::List, count)
    }

    /// Closes the innermost container, which must be a list with all its values written.
    ///
    /// # Errors
    /// [`EncodeError::NotOpen`], [`EncodeError::PayloadExpected`],
    /// [`EncodeError::CountMismatch`], [`EncodeError::TooLarge`] (body over `u32::MAX` bytes).
    #[inline]
    pub fn end_list(&mut self) -> Result<(), EncodeError> {
        self.end(Kind::List, "list")
    }

    /// Opens a `RECORD` (record or tuple) of `count` fields; write them in declared order,
    /// then [`Encoder::end_record`].
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    #[inline]
    pub fn begin_record(&mut self, count: u32) -> Result<(), EncodeError> {
        self.begin(tag::RECORD, Kind::Record, count)
    }

    /// Closes the innermost container, which must be a record with all its fields written.
    ///
    /// # Errors
    /// As [`Encoder::end_list`].
    #[inline]
    pub fn end_record(&mut self) -> Result<(), EncodeError> {
        self.end(Kind::Record, "record")
    }

    fn wrapper(&mut self, t: u8, case: Option<u32>) -> Result<(), EncodeError> {
        self.before()?;
        self.buf.push(t);
        if let Some(case) = case {
            self.buf.extend_from_slice(&case.to_le_bytes());
        }
        self.stack.push(Open::new(Kind::Slot, 0, 1, t));
        Ok(())
    }

    /// `VARIANT` case `case` (also enums); exactly one payload value must follow, [`Encoder::unit`]
    /// for a case without payload.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn variant(&mut self, case: u32) -> Result<(), EncodeError> {
        self.wrapper(tag::VARIANT, Some(case))
    }

    /// `SOME`; exactly one value must follow.
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn some(&mut self) -> Result<(), EncodeError> {
        self.wrapper(tag::SOME, None)
    }

    /// `OK`; exactly one value must follow ([`Encoder::unit`] when the arm has no type).
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn ok(&mut self) -> Result<(), EncodeError> {
        self.wrapper(tag::OK, None)
    }

    /// `ERR`; exactly one value must follow ([`Encoder::unit`] when the arm has no type).
    ///
    /// # Errors
    /// As [`Encoder::unit`].
    pub fn err(&mut self) -> Result<(), EncodeError> {
        self.wrapper(tag::ERR, None)
    }
}
