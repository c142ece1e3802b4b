//! The zero-copy decoder: a cursor with typed reads, checked against [`Limits`]
//! (SPEC.md, "Decoder").

use crate::Limits;
use crate::error::{DecodeError, DecodeErrorKind as K};
use crate::packable::{CANONICAL_NAN_F32, CANONICAL_NAN_F64};
use crate::packed::check_packed;
pub use crate::packed::{Packed, PackedIter};
use crate::stack::{Frame, FrameKind, Stack};
use crate::tag;

/// A cursor over one message: typed reads in the order the values were written, checked
/// against [`Limits`] and the canonical rules; strings and packed arrays borrow the input.
///
/// After an error the decoder's position is unspecified; drop it.
#[derive(Clone, Debug)]
pub struct Decoder<'a> {
    pub(crate) input: &'a [u8],
    pub(crate) pos: usize,
    /// Where the innermost open container's body ends (the input's end at the root).
    pub(crate) end: usize,
    pub(crate) limits: Limits,
    pub(crate) items: u64,
    /// Bytes charged for decoded list elements ([`Decoder::charge_elements`]).
    expansion: u64,
    pub(crate) stack: Stack,
    root_started: bool,
}

#[inline]
pub(crate) fn is_known(t: u8) -> bool {
    matches!(t, tag::UNIT..=tag::CHAR | tag::STRING..=tag::HANDLE)
}

#[inline]
pub(crate) fn tag_error(expected: u8, found: u8, at: usize) -> DecodeError {
    if is_known(found) {
        DecodeError::new(K::UnexpectedTag { expected, found }, at)
    } else {
        DecodeError::new(K::UnknownTag(found), at)
    }
}

macro_rules! typed_scalar {
    ($($(#[$m:meta])* $name:ident -> $t:ty = $tag:ident, $n:literal;)*) => {$(
        $(#[$m])*
        ///
        /// # Errors
        /// A [`DecodeError`] naming the first bad byte.
        #[inline(always)]
        pub fn $name(&mut self) -> Result<$t, DecodeError> {
            match self.fast_fixed::<{ $n + 1 }>(tag::$tag) {
                Some([_, b @ ..]) => Ok(<$t>::from_le_bytes(b)),
                None => self.fixed_slow::<$n>(tag::$tag).map(<$t>::from_le_bytes),
            }
        }
    )*};
}

impl<'a> Decoder<'a> {
    /// A decoder over `input`, which must be one whole message.
    ///
    /// # Errors
    /// [`DecodeErrorKind::SizeLimit`](crate::DecodeErrorKind::SizeLimit) at offset
    /// `limits.max_size` when the input is larger.
    pub fn new(input: &'a [u8], limits: Limits) -> Result<Self, DecodeError> {
        if input.len() > limits.max_size {
            return Err(DecodeError::new(K::SizeLimit, limits.max_size));
        }
        Ok(Self {
            input,
            pos: 0,
            end: input.len(),
            limits,
            items: 0,
            expansion: 0,
            stack: Stack::default(),
            root_started: false,
        })
    }

    /// The offset of the next byte to read.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The tag of the next value, without consuming it.
    ///
    /// # Errors
    /// [`DecodeErrorKind::UnexpectedEnd`](crate::DecodeErrorKind::UnexpectedEnd) when no byte
    /// is left in the input or the enclosing container.
    pub fn peek_tag(&self) -> Result<u8, DecodeError> {
        if self.pos < self.end {
            Ok(self.input[self.pos])
        } else {
            Err(DecodeError::new(K::UnexpectedEnd, self.pos))
        }
    }

    // ----- primitives -------------------------------------------------------------------------

    #[inline]
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.end - self.pos {
            return Err(DecodeError::new(K::UnexpectedEnd, self.pos));
        }
        let s = &self.input[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    #[inline]
    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let s = self.take(N)?;
        let mut a = [0; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    #[inline]
    pub(crate) fn raw_u32(&mut self) -> Result<u32, DecodeError> {
        self.array::<4>().map(u32::from_le_bytes)
    }

    #[inline]
    pub(crate) fn expect(&mut self, expected: u8) -> Result<(), DecodeError> {
        let at = self.pos;
        match self.input[..self.end].get(at) {
            Some(&t) if t == expected => {
                self.pos += 1;
                Ok(())
            }
            Some(&t) => Err(tag_error(expected, t, at)),
            None => Err(DecodeError::new(K::UnexpectedEnd, at)),
        }
    }

    /// Counts `n` more elements against the item limit; `at` is the count field's offset.
    #[inline]
    pub(crate) fn count_items(&mut self, n: u32, at: usize) -> Result<(), DecodeError> {
        self.items += u64::from(n);
        if self.items > u64::from(self.limits.max_items) {
            return Err(DecodeError::new(K::ItemLimit, at));
        }
        Ok(())
    }

    /// Charges `n` decoded elements of `size` bytes each against
    /// [`Limits::max_expansion`](crate::Limits::max_expansion) times the input's size plus
    /// [`EXPANSION_SLACK`](crate::EXPANSION_SLACK); `at` is the list's offset. Typed decoders call it before they allocate a list's elements.
    ///
    /// # Errors
    /// [`DecodeErrorKind::ExpansionLimit`](crate::DecodeErrorKind::ExpansionLimit).
    #[inline]
    pub fn charge_elements(&mut self, n: u32, size: usize, at: usize) -> Result<(), DecodeError> {
        self.expansion = self.expansion.saturating_add(u64::from(n) * size as u64);
        let limit = u64::from(self.limits.max_expansion)
            .saturating_mul(self.input.len() as u64)
            .saturating_add(crate::EXPANSION_SLACK as u64);
        if self.expansion > limit {
            return Err(DecodeError::new(K::ExpansionLimit, at));
        }
        Ok(())
    }

    /// Checks that a compound value at nesting `depth` (1 = root) is allowed; `at` is its tag.
    #[inline]
    pub(crate) fn check_depth(&self, depth: usize, at: usize) -> Result<(), DecodeError> {
        if depth > self.limits.max_depth as usize {
            return Err(DecodeError::new(K::DepthLimit, at));
        }
        Ok(())
    }

    /// Starts one value: counts it against the innermost container (or the root).
    #[inline]
    pub(crate) fn enter(&mut self) -> Result<(), DecodeError> {
        let pos = self.pos;
        match self.stack.top_mut() {
            Some(f) => {
                if f.remaining == 0 {
                    return Err(DecodeError::new(K::CountMismatch, pos));
                }
                f.remaining -= 1;
                f.tags |= 1 << (self.input.get(pos).copied().unwrap_or(0) & 31);
            }
            None if self.root_started => return Err(DecodeError::new(K::TrailingBytes, pos)),
            None => self.root_started = true,
        }
        Ok(())
    }

    /// Ends one value: closes the payload slots it completes.
    #[inline]
    pub(crate) fn done(&mut self) {
        while let Some(f) = self.stack.top_mut() {
            if f.kind != FrameKind::Slot || f.remaining != 0 {
                return;
            }
            self.stack.pop();
        }
    }

    fn push(&mut self, f: Frame) -> Result<(), DecodeError> {
        self.check_depth(self.stack.len + 1, f.start)?;
        self.end = f.end;
        self.stack.push(f);
        Ok(())
    }

    // ----- body readers shared with the schema-less walker -----------------------------------

    /// Reads a `STRING`'s body (the tag already consumed).
    #[inline]
    pub(crate) fn str_body(&mut self) -> Result<&'a str, DecodeError> {
        let at = self.pos;
        let len = self.raw_u32()? as usize;
        if len > self.end - self.pos {
            return Err(DecodeError::new(K::LengthOutOfBounds, at));
        }
        let start = self.pos;
        let b = &self.input[start..start + len];
        self.pos += len;
        core::str::from_utf8(b)
            .map_err(|e| DecodeError::new(K::InvalidUtf8, start + e.valid_up_to()))
    }

    /// Reads a `PACKED` array's body (the tag already consumed).
    pub(crate) fn packed_body(&mut self) -> Result<Packed<'a>, DecodeError> {
        let at = self.pos;
        let [elem] = self.array::<1>()?;
        let width = tag::scalar_width(elem).ok_or(DecodeError::new(K::BadElemTag(elem), at))?;
        let count_at = self.pos;
        let count = self.raw_u32()?;
        let n = count as usize * width;
        if count as u64 * width as u64 > (self.end - self.pos) as u64 {
            return Err(DecodeError::new(K::LengthOutOfBounds, count_at));
        }
        self.count_items(count, count_at)?;
        let start = self.pos;
        let bytes = &self.input[start..start + n];
        self.pos += n;
        check_packed(elem, bytes, start)?;
        Ok(Packed { tag: elem, count, bytes })
    }

    /// Reads a `FLAGS` body (the tag already consumed).
    pub(crate) fn flags_body(&mut self) -> Result<(u32, u64), DecodeError> {
        let at = self.pos;
        let count = self.raw_u32()?;
        if count > 64 {
            return Err(DecodeError::new(K::TooManyFlags(count), at));
        }
        let b = self.take(count.div_ceil(8) as usize)?;
        let mut bits = [0; 8];
        bits[..b.len()].copy_from_slice(b);
        let bits = u64::from_le_bytes(bits);
        if count < 64 && bits >> count != 0 {
            return Err(DecodeError::new(K::NonCanonical("flags bits above count"), self.pos - 1));
        }
        Ok((count, bits))
    }

    /// Reads a `LIST`/`RECORD` head after its tag at `start`; returns `(count, body end)`.
    #[inline]
    pub(crate) fn container_head(&mut self) -> Result<(u32, usize), DecodeError> {
        let at = self.pos;
        let len = self.raw_u32()? as usize;
        if len > self.end - self.pos || len < 4 {
            return Err(DecodeError::new(K::LengthOutOfBounds, at));
        }
        let body_end = self.pos + len;
        let count_at = self.pos;
        let count = self.raw_u32()?;
        if count as usize > len - 4 {
            return Err(DecodeError::new(K::CountMismatch, count_at));
        }
        self.count_items(count, count_at)?;
        Ok((count, body_end))
    }

    #[inline]
    pub(crate) fn f32_body(&mut self) -> Result<f32, DecodeError> {
        let at = self.pos;
        let bits = self.raw_u32()?;
        let v = f32::from_bits(bits);
        if v.is_nan() && bits != CANONICAL_NAN_F32 {
            return Err(DecodeError::new(K::NonCanonical("nan"), at));
        }
        Ok(v)
    }

    #[inline]
    pub(crate) fn f64_body(&mut self) -> Result<f64, DecodeError> {
        let at = self.pos;
        let bits = u64::from_le_bytes(self.array()?);
        let v = f64::from_bits(bits);
        if v.is_nan() && bits != CANONICAL_NAN_F64 {
            return Err(DecodeError::new(K::NonCanonical("nan"), at));
        }
        Ok(v)
    }

    #[inline]
    pub(crate) fn char_body(&mut self) -> Result<char, DecodeError> {
        let at = self.pos;
        let v = self.raw_u32()?;
        char::from_u32(v).ok_or(DecodeError::new(K::InvalidChar(v), at))
    }

    // ----- typed reads ------------------------------------------------------------------------

    /// `UNIT`.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn unit(&mut self) -> Result<(), DecodeError> {
        self.enter()?;
        self.expect(tag::UNIT)?;
        self.done();
        Ok(())
    }

    /// `FALSE` or `TRUE`.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn bool(&mut self) -> Result<bool, DecodeError> {
        self.enter()?;
        let at = self.pos;
        let [t] = self.array::<1>()?;
        let v = match t {
            tag::FALSE => false,
            tag::TRUE => true,
            t => return Err(tag_error(tag::TRUE, t, at)),
        };
        self.done();
        Ok(v)
    }

    typed_scalar! {
        /// `U8`.
        u8 -> u8 = U8, 1;
        /// `U16`.
        u16 -> u16 = U16, 2;
        /// `U32`.
        u32 -> u32 = U32, 4;
        /// `U64`.
        u64 -> u64 = U64, 8;
        /// `S8`.
        s8 -> i8 = S8, 1;
        /// `S16`.
        s16 -> i16 = S16, 2;
        /// `S32`.
        s32 -> i32 = S32, 4;
        /// `S64`.
        s64 -> i64 = S64, 8;
        /// `HANDLE`.
        handle -> u64 = HANDLE, 8;
    }

    /// `F32`; a NaN other than the canonical one is rejected.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline]
    pub fn f32(&mut self) -> Result<f32, DecodeError> {
        self.enter()?;
        self.expect(tag::F32)?;
        let v = self.f32_body()?;
        self.done();
        Ok(v)
    }

    /// `F64`; a NaN other than the canonical one is rejected.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline(always)]
    pub fn f64(&mut self) -> Result<f64, DecodeError> {
        match self.fast_f64() {
            Some(v) => Ok(v),
            None => self.f64_slow(),
        }
    }

    /// `CHAR`, which must be a Unicode scalar value.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn char(&mut self) -> Result<char, DecodeError> {
        self.enter()?;
        self.expect(tag::CHAR)?;
        let v = self.char_body()?;
        self.done();
        Ok(v)
    }

    /// `STRING`, borrowed from the input, UTF-8 checked.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline(always)]
    pub fn str(&mut self) -> Result<&'a str, DecodeError> {
        match self.fast_str() {
            Some(v) => Ok(v),
            None => self.str_slow(),
        }
    }

    /// A packed `u8` array (`list<u8>`), borrowed from the input.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline]
    pub fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        self.packed(tag::U8).map(|p| p.bytes)
    }

    /// A packed array whose element tag must be `elem_tag`, borrowed from the input.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte; a different element tag is
    /// [`DecodeErrorKind::UnexpectedTag`](crate::DecodeErrorKind::UnexpectedTag) at the element
    /// tag's offset.
    #[inline]
    pub fn packed(&mut self, elem_tag: u8) -> Result<Packed<'a>, DecodeError> {
        self.enter()?;
        self.expect(tag::PACKED)?;
        let at = self.pos;
        let p = self.packed_body()?;
        if p.tag != elem_tag {
            return Err(tag_error(elem_tag, p.tag, at));
        }
        self.done();
        Ok(p)
    }

    #[inline(always)]
    fn begin(&mut self, t: u8, kind: FrameKind) -> Result<u32, DecodeError> {
        match self.fast_begin(t, kind) {
            Some(count) => Ok(count),
            None => self.begin_slow(t, kind),
        }
    }

    /// Opens a `LIST`; returns its count. Read that many values, then [`Decoder::end`].
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline(always)]
    pub fn begin_list(&mut self) -> Result<u32, DecodeError> {
        self.begin(tag::LIST, FrameKind::List)
    }

    /// Opens a `RECORD`; returns its count. Read that many values, then [`Decoder::end`].
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    #[inline(always)]
    pub fn begin_record(&mut self) -> Result<u32, DecodeError> {
        self.begin(tag::RECORD, FrameKind::Record)
    }

    /// Closes the innermost list or record: all its counted values and body bytes must have
    /// been read.
    ///
    /// # Errors
    /// [`DecodeErrorKind::CountMismatch`](crate::DecodeErrorKind::CountMismatch) when values
    /// are left, [`DecodeErrorKind::BodyLengthMismatch`](crate::DecodeErrorKind::BodyLengthMismatch)
    /// when bytes are left, [`DecodeErrorKind::NonCanonical`](crate::DecodeErrorKind::NonCanonical)
    /// for a list that should have been packed,
    /// [`DecodeErrorKind::NoOpenContainer`](crate::DecodeErrorKind::NoOpenContainer).
    #[inline]
    pub fn end(&mut self) -> Result<(), DecodeError> {
        let f = match self.stack.top_mut() {
            Some(f) if f.kind != FrameKind::Slot => *f,
            _ => return Err(DecodeError::new(K::NoOpenContainer, self.pos)),
        };
        if f.remaining != 0 {
            return Err(DecodeError::new(K::CountMismatch, self.pos));
        }
        if self.pos != f.end {
            return Err(DecodeError::new(K::BodyLengthMismatch, self.pos));
        }
        if f.kind == FrameKind::List && one_scalar_tag(f.tags) {
            return Err(DecodeError::new(K::NonCanonical(PACK_LIST), f.start));
        }
        self.stack.pop();
        self.end = match self.stack.top_mut() {
            Some(p) => p.end,
            None => self.input.len(),
        };
        self.done();
        Ok(())
    }

    fn wrapper(&mut self, kinds: [u8; 2]) -> Result<bool, DecodeError> {
        self.enter()?;
        let start = self.pos;
        let [t] = self.array::<1>()?;
        let second = if t == kinds[1] {
            true
        } else if t == kinds[0] {
            false
        } else {
            return Err(tag_error(kinds[1], t, start));
        };
        if t == tag::NONE {
            self.done();
        } else {
            self.push(Frame {
                kind: FrameKind::Slot,
                tags: 0,
                remaining: 1,
                start,
                end: self.end,
            })?;
        }
        Ok(second)
    }

    /// `VARIANT` (also enums): returns the case; then read its one payload value
    /// ([`Decoder::unit`] for a case without payload).
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn variant(&mut self) -> Result<u32, DecodeError> {
        self.enter()?;
        let start = self.pos;
        self.expect(tag::VARIANT)?;
        let case = self.raw_u32()?;
        self.push(Frame { kind: FrameKind::Slot, tags: 0, remaining: 1, start, end: self.end })?;
        Ok(case)
    }

    /// `NONE` or `SOME`: `true` for `some`, whose value follows.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn option(&mut self) -> Result<bool, DecodeError> {
        self.wrapper([tag::NONE, tag::SOME])
    }

    /// `OK` or `ERR`: `true` for `ok`; either way the arm's one value follows.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn result(&mut self) -> Result<bool, DecodeError> {
        self.wrapper([tag::ERR, tag::OK])
    }

    /// `FLAGS`: `(count, bits)`, bit `i` of `bits` is flag `i`.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first bad byte.
    pub fn flags(&mut self) -> Result<(u32, u64), DecodeError> {
        self.enter()?;
        self.expect(tag::FLAGS)?;
        let v = self.flags_body()?;
        self.done();
        Ok(v)
    }

    /// All containers closed, the root complete, no trailing bytes.
    ///
    /// # Errors
    /// [`DecodeErrorKind::Incomplete`](crate::DecodeErrorKind::Incomplete) or
    /// [`DecodeErrorKind::TrailingBytes`](crate::DecodeErrorKind::TrailingBytes).
    pub fn finish(self) -> Result<(), DecodeError> {
        if self.stack.len != 0 || !self.root_started {
            return Err(DecodeError::new(K::Incomplete, self.pos));
        }
        if self.pos != self.input.len() {
            return Err(DecodeError::new(K::TrailingBytes, self.pos));
        }
        Ok(())
    }

    /// The number of open containers and payload slots (the depth of the next value).
    pub(crate) fn depth(&self) -> usize {
        self.stack.len
    }
}

pub(crate) const PACK_LIST: &str = "list of one fixed-width scalar must be packed";

/// Whether the tag set `tags` (see `Frame::tags`) is exactly one fixed-width scalar tag: a list
/// of such elements must be packed.
#[inline]
pub(crate) fn one_scalar_tag(tags: u32) -> bool {
    tags.is_power_of_two() && tag::scalar_width(tags.trailing_zeros() as u8).is_some()
}

/// The list-uniformity state after an element tagged `t` (a schema-less walk): 0 before the
/// first element, the shared scalar tag, or `0xff` once they differ.
#[inline]
pub(crate) fn next_elem(state: u8, t: u8) -> u8 {
    match state {
        0 if tag::scalar_width(t).is_some() => t,
        s if s == t => t,
        _ => 0xff,
    }
}
