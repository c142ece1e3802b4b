//! The decoder's fast paths for the typed reads of well-formed input.
//!
//! Each one looks at the bytes left in the innermost container, checks everything the full
//! read checks, and only then commits: it moves the cursor and counts the value. When anything
//! is off (too few bytes, another tag, a limit, a bad string, the root value) it changes
//! nothing and the caller takes the full read, which finds the error and reports it exactly.

use crate::DecodeError;
use crate::decoder::Decoder;
use crate::packable::CANONICAL_NAN_F64;
use crate::stack::{Frame, FrameKind};
use crate::tag;

impl<'a> Decoder<'a> {
    /// The bytes left in the innermost container.
    #[inline(always)]
    fn window(&self) -> &'a [u8] {
        let input: &'a [u8] = self.input;
        input.get(self.pos..self.end).unwrap_or_default()
    }

    /// Counts one value tagged `t` in the innermost container and moves the cursor `n` bytes
    /// on; `false` (nothing changed) at the root or when the container has all its values.
    /// `complete` closes the payload slots the value completes (not for an opened container).
    #[inline(always)]
    fn commit(&mut self, t: u8, n: usize, complete: bool) -> bool {
        let Some(top) = self.stack.top_mut() else { return false };
        if top.remaining == 0 {
            return false;
        }
        top.remaining -= 1;
        top.tags |= 1 << (t & 31);
        let slot = top.kind == FrameKind::Slot;
        self.pos += n;
        if complete && slot {
            self.done();
        }
        true
    }

    /// A fixed-width scalar tagged `t` with an `N`-byte body: `M` = 1 + `N` bytes.
    #[inline(always)]
    pub(crate) fn fast_fixed<const M: usize>(&mut self, t: u8) -> Option<[u8; M]> {
        let w = *self.window().first_chunk::<M>()?;
        (w[0] == t && self.commit(t, M, true)).then_some(w)
    }

    /// An `F64` whose NaN, if any, is canonical.
    #[inline(always)]
    pub(crate) fn fast_f64(&mut self) -> Option<f64> {
        let &[t, b @ ..] = self.window().first_chunk::<9>()?;
        let bits = u64::from_le_bytes(b);
        let v = f64::from_bits(bits);
        let ok = t == tag::F64 && (!v.is_nan() || bits == CANONICAL_NAN_F64);
        (ok && self.commit(t, 9, true)).then_some(v)
    }

    /// A `STRING` whose length fits and whose bytes are UTF-8.
    #[inline(always)]
    pub(crate) fn fast_str(&mut self) -> Option<&'a str> {
        let w = self.window();
        let &[t, l @ ..] = w.first_chunk::<5>()?;
        let len = u32::from_le_bytes(l) as usize;
        let v = core::str::from_utf8(w.get(5..)?.get(..len)?).ok()?;
        (t == tag::STRING && self.commit(t, 5 + len, true)).then_some(v)
    }

    /// Opens a `LIST` or `RECORD` tagged `t` whose head is sound and within the limits;
    /// returns its count.
    #[inline(always)]
    pub(crate) fn fast_begin(&mut self, t: u8, kind: FrameKind) -> Option<u32> {
        let w = self.window();
        let &[found, l0, l1, l2, l3, c0, c1, c2, c3] = w.first_chunk::<9>()?;
        let len = u32::from_le_bytes([l0, l1, l2, l3]) as usize;
        let count = u32::from_le_bytes([c0, c1, c2, c3]);
        let items = self.items + u64::from(count);
        let sound = found == t
            && len >= 4
            && len <= w.len() - 5
            && count as usize <= len - 4
            && items <= u64::from(self.limits.max_items)
            && self.stack.len < self.limits.max_depth as usize;
        let start = self.pos;
        if !(sound && self.commit(t, 9, false)) {
            return None;
        }
        self.items = items;
        self.end = start + 5 + len;
        self.stack.push(Frame { kind, tags: 0, remaining: count, start, end: self.end });
        Some(count)
    }

    // ----- the full reads the fast paths fall back to ------------------------------------

    /// A fixed-width scalar tagged `t` with an `N`-byte body, every check on its own.
    #[inline(never)]
    pub(crate) fn fixed_slow<const N: usize>(&mut self, t: u8) -> Result<[u8; N], DecodeError> {
        self.enter()?;
        self.expect(t)?;
        let v = self.array::<N>()?;
        self.done();
        Ok(v)
    }

    #[inline(never)]
    pub(crate) fn f64_slow(&mut self) -> Result<f64, DecodeError> {
        self.enter()?;
        self.expect(tag::F64)?;
        let v = self.f64_body()?;
        self.done();
        Ok(v)
    }

    #[inline(never)]
    pub(crate) fn str_slow(&mut self) -> Result<&'a str, DecodeError> {
        self.enter()?;
        self.expect(tag::STRING)?;
        let v = self.str_body()?;
        self.done();
        Ok(v)
    }

    #[inline(never)]
    pub(crate) fn begin_slow(&mut self, t: u8, kind: FrameKind) -> Result<u32, DecodeError> {
        self.enter()?;
        let start = self.pos;
        self.expect(t)?;
        self.check_depth(self.stack.len + 1, start)?;
        let (count, end) = self.container_head()?;
        self.end = end;
        self.stack.push(Frame { kind, tags: 0, remaining: count, start, end });
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use crate::{DecodeErrorKind as K, Decoder, Encoder, Limits};

    /// `[{id: u32, name: string, score: f64}]` with one record, as the typed encoder writes it.
    fn one_record(name: &str) -> alloc::vec::Vec<u8> {
        let mut enc = Encoder::new();
        enc.begin_list(1).unwrap();
        enc.begin_record(3).unwrap();
        enc.u32(7).unwrap();
        enc.str(name).unwrap();
        enc.f64(1.5).unwrap();
        enc.end_record().unwrap();
        enc.end_list().unwrap();
        enc.finish().unwrap().to_vec()
    }

    fn read(b: &[u8], limits: Limits) -> Result<(u32, &str, f64), crate::DecodeError> {
        let mut d = Decoder::new(b, limits)?;
        assert_eq!(d.begin_list()?, 1);
        d.begin_record()?;
        let v = (d.u32()?, d.str()?, d.f64()?);
        d.end()?;
        d.end()?;
        d.finish()?;
        Ok(v)
    }

    #[test]
    fn well_formed_records_take_the_fast_paths_and_read_back() {
        assert_eq!(read(&one_record("name0001"), Limits::default()).unwrap(), (7, "name0001", 1.5));
    }

    #[test]
    fn invalid_utf8_in_a_record_is_reported_at_its_first_bad_byte() {
        let mut b = one_record("abcd");
        let at = b.iter().position(|&c| c == b'c').unwrap();
        b[at] = 0xff;
        assert_eq!(read(&b, Limits::default()).unwrap_err().kind, K::InvalidUtf8);
        assert_eq!(read(&b, Limits::default()).unwrap_err().offset, at);
    }

    #[test]
    fn every_truncation_inside_a_record_is_rejected_where_the_full_read_rejects_it() {
        let b = one_record("xy");
        for n in 0..b.len() {
            let e = read(&b[..n], Limits::default()).unwrap_err();
            assert!(e.offset <= n, "cut at {n}: {e:?}");
        }
    }

    #[test]
    fn a_non_canonical_nan_in_a_record_is_rejected() {
        let mut b = one_record("x");
        let len = b.len();
        b[len - 8..].copy_from_slice(&0x7ff8_0000_0000_0001u64.to_le_bytes());
        assert_eq!(read(&b, Limits::default()).unwrap_err().kind, K::NonCanonical("nan"));
    }

    #[test]
    fn limits_hold_for_containers_opened_on_the_fast_path() {
        let b = one_record("x");
        let depth = Limits { max_depth: 1, ..Limits::default() };
        assert_eq!(read(&b, depth).unwrap_err(), crate::DecodeError::new(K::DepthLimit, 9));
        let items = Limits { max_items: 3, ..Limits::default() };
        assert_eq!(read(&b, items).unwrap_err(), crate::DecodeError::new(K::ItemLimit, 14));
    }

    #[test]
    fn a_wrong_tag_in_a_record_names_the_expected_tag() {
        let mut b = one_record("x");
        b[18] = crate::tag::U64;
        let e = read(&b, Limits::default()).unwrap_err();
        assert_eq!(e, crate::DecodeError::new(K::UnexpectedTag { expected: 6, found: 7 }, 18));
    }
}
