//! Typed encoding: [`Encode`] and [`Decode`] for the Rust types of WIT values, following the
//! canonical rules of `SPEC.md` so that typed and schema-driven encoders write the same bytes.
//!
//! | Rust | WIT | neopack |
//! | --- | --- | --- |
//! | `bool`, `u8` … `u64`, `i8` … `i64`, `f32`, `f64`, `char` | the scalar | the scalar |
//! | `String`, `&str`, `Box<str>` | `string` | `STRING` |
//! | `Vec<T>`, `&[T]` of a fixed-width scalar `T` | `list<T>` | `PACKED` with `T`'s tag |
//! | `Vec<T>`, `&[T]` of any other `T` | `list<T>` | `LIST` |
//! | `Option<T>` | `option<T>` | `NONE` / `SOME` value |
//! | `Result<T, E>` | `result<T, E>` (`()` for an absent arm) | `OK` / `ERR` value (`UNIT` for `()`) |
//! | `(A, B, …)` up to 17 (wasmtime's typed limit) | `tuple<A, B, …>` | `RECORD` |
//! | `()` | absent payload | `UNIT` |
//!
//! Lists pick their encoding through [`Encode::encode_slice`] and [`Decode::decode_vec`],
//! hidden methods that scalars override (the trick `serde` uses for bytes).
//!
//! ```
//! use neopack::codec::{Decode, Encode, from_slice, to_vec};
//! use neopack::Limits;
//!
//! let v: (String, Vec<u8>, Option<u64>) = ("k".into(), vec![1, 2], Some(7));
//! let bytes = to_vec(&v)?;
//! let back: (String, Vec<u8>, Option<u64>) = from_slice(&bytes, Limits::default())?;
//! assert_eq!(back, v);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::{DecodeError, DecodeErrorKind, Decoder, EncodeError, Encoder, Limits, Packable};

/// A Rust value that writes itself as one neopack value.
pub trait Encode {
    /// Writes `self` as exactly one value.
    ///
    /// # Errors
    /// What the [`Encoder`] reports (misuse, a length beyond `u32`).
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError>;

    /// Writes `v` as one `list<Self>`: a `LIST` unless `Self` is a fixed-width scalar, which
    /// writes a `PACKED` array. Not meant to be overridden outside this crate.
    ///
    /// # Errors
    /// As [`Encode::encode`].
    #[doc(hidden)]
    fn encode_slice(v: &[Self], enc: &mut Encoder) -> Result<(), EncodeError>
    where
        Self: Sized,
    {
        let count = u32::try_from(v.len()).map_err(|_| EncodeError::TooLarge)?;
        enc.begin_list(count)?;
        for x in v {
            x.encode(enc)?;
        }
        enc.end_list()
    }
}

/// A Rust value read from one neopack value; `'a` is the input's lifetime, so `&'a str` and
/// `&'a [u8]` borrow it.
pub trait Decode<'a>: Sized {
    /// Reads exactly one value.
    ///
    /// # Errors
    /// A [`DecodeError`] at the first byte that does not fit `Self`.
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError>;

    /// Reads one `list<Self>` (see [`Encode::encode_slice`]).
    ///
    /// # Errors
    /// As [`Decode::decode`].
    #[doc(hidden)]
    fn decode_vec(dec: &mut Decoder<'a>) -> Result<Vec<Self>, DecodeError> {
        let at = dec.offset();
        let n = dec.begin_list()?;
        dec.charge_elements(n, core::mem::size_of::<Self>().max(1), at)?;
        // The count is checked against the item limit, but not every element is one byte:
        // reserve modestly and let the vector grow with what is actually there.
        let mut v = Vec::with_capacity((n as usize).min(1024));
        for _ in 0..n {
            v.push(Self::decode(dec)?);
        }
        dec.end()?;
        Ok(v)
    }
}

/// Encodes `v` as one whole message.
///
/// # Errors
/// As [`Encode::encode`].
pub fn to_vec<T: Encode + ?Sized>(v: &T) -> Result<Vec<u8>, EncodeError> {
    let mut enc = Encoder::new();
    v.encode(&mut enc)?;
    enc.finish()?;
    Ok(enc.into_bytes())
}

/// Decodes one whole message (no trailing bytes) as `T`.
///
/// # Errors
/// A [`DecodeError`] naming the first bad byte.
pub fn from_slice<'a, T: Decode<'a>>(bytes: &'a [u8], limits: Limits) -> Result<T, DecodeError> {
    let mut dec = Decoder::new(bytes, limits)?;
    let v = T::decode(&mut dec)?;
    dec.finish()?;
    Ok(v)
}

/// Opens a `RECORD` (or tuple) that must hold exactly `expected` values.
///
/// # Errors
/// [`DecodeErrorKind::WrongCount`] at the record's tag, or what [`Decoder::begin_record`]
/// reports.
pub fn begin_record(dec: &mut Decoder<'_>, expected: u32) -> Result<(), DecodeError> {
    let at = dec.offset();
    let found = dec.begin_record()?;
    if found != expected {
        return Err(DecodeError::new(DecodeErrorKind::WrongCount { expected, found }, at));
    }
    Ok(())
}

/// Reads a `FLAGS` value that must have exactly `expected` flags; returns its bits.
///
/// # Errors
/// [`DecodeErrorKind::WrongCount`] at the value's tag, or what [`Decoder::flags`] reports.
pub fn flags(dec: &mut Decoder<'_>, expected: u32) -> Result<u64, DecodeError> {
    let at = dec.offset();
    let (found, bits) = dec.flags()?;
    if found != expected {
        return Err(DecodeError::new(DecodeErrorKind::WrongCount { expected, found }, at));
    }
    Ok(bits)
}

/// The error for a variant or enum case `case` outside `0..cases`, read at `offset`.
pub fn case_out_of_range(offset: usize, case: u32, cases: u32) -> DecodeError {
    DecodeError::new(DecodeErrorKind::CaseOutOfRange { case, cases }, offset)
}

impl<T: Encode + ?Sized> Encode for &T {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        (**self).encode(enc)
    }
}

impl<T: Encode + ?Sized> Encode for Box<T> {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        (**self).encode(enc)
    }
}

impl Encode for () {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        enc.unit()
    }
}

impl Decode<'_> for () {
    #[inline]
    fn decode(dec: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        dec.unit()
    }
}

impl Encode for bool {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        enc.bool(*self)
    }
}

impl Decode<'_> for bool {
    #[inline]
    fn decode(dec: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        dec.bool()
    }
}

/// Reads a packed array of `T`: every element must be valid (chars are Unicode scalars).
fn decode_packed<T: Packable>(dec: &mut Decoder<'_>) -> Result<Vec<T>, DecodeError> {
    let at = dec.offset();
    let p = dec.packed(T::TAG)?;
    let v: Vec<T> = p.iter::<T>().collect();
    if v.len() != p.count as usize {
        return Err(DecodeError::new(DecodeErrorKind::NonCanonical("invalid packed element"), at));
    }
    Ok(v)
}

macro_rules! scalar {
    ($($t:ty => $enc:ident, $dec:ident;)*) => {$(
        impl Encode for $t {
            #[inline]
            fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
                enc.$enc(*self)
            }
            #[inline]
            fn encode_slice(v: &[Self], enc: &mut Encoder) -> Result<(), EncodeError> {
                enc.packed(v)
            }
        }
        impl Decode<'_> for $t {
            #[inline]
            fn decode(dec: &mut Decoder<'_>) -> Result<Self, DecodeError> {
                dec.$dec()
            }
            #[inline]
            fn decode_vec(dec: &mut Decoder<'_>) -> Result<Vec<Self>, DecodeError> {
                decode_packed(dec)
            }
        }
    )*};
}

scalar! {
    u8 => u8, u8;
    u16 => u16, u16;
    u32 => u32, u32;
    u64 => u64, u64;
    i8 => s8, s8;
    i16 => s16, s16;
    i32 => s32, s32;
    i64 => s64, s64;
    f32 => f32, f32;
    f64 => f64, f64;
    char => char, char;
}

impl Encode for str {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        enc.str(self)
    }
}

impl Encode for String {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        enc.str(self)
    }
}

impl<'a> Decode<'a> for &'a str {
    #[inline]
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
        dec.str()
    }
}

impl Decode<'_> for String {
    #[inline]
    fn decode(dec: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        dec.str().map(ToOwned::to_owned)
    }
}

impl Decode<'_> for Box<str> {
    #[inline]
    fn decode(dec: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        dec.str().map(Into::into)
    }
}

impl<T: Encode> Encode for [T] {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        T::encode_slice(self, enc)
    }
}

impl<T: Encode> Encode for Vec<T> {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        T::encode_slice(self, enc)
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Vec<T> {
    #[inline]
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
        T::decode_vec(dec)
    }
}

impl<'a> Decode<'a> for &'a [u8] {
    #[inline]
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
        dec.bytes()
    }
}

impl<T: Encode> Encode for Option<T> {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        match self {
            None => enc.none(),
            Some(v) => {
                enc.some()?;
                v.encode(enc)
            }
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Option<T> {
    #[inline]
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
        if dec.option()? { T::decode(dec).map(Some) } else { Ok(None) }
    }
}

impl<T: Encode, E: Encode> Encode for Result<T, E> {
    #[inline]
    fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
        match self {
            Ok(v) => {
                enc.ok()?;
                v.encode(enc)
            }
            Err(e) => {
                enc.err()?;
                e.encode(enc)
            }
        }
    }
}

impl<'a, T: Decode<'a>, E: Decode<'a>> Decode<'a> for Result<T, E> {
    #[inline]
    fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
        if dec.result()? { T::decode(dec).map(Ok) } else { E::decode(dec).map(Err) }
    }
}

macro_rules! tuple {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<$($t: Encode),*> Encode for ($($t,)*) {
            #[inline]
            fn encode(&self, enc: &mut Encoder) -> Result<(), EncodeError> {
                enc.begin_record($n)?;
                $(self.$i.encode(enc)?;)*
                enc.end_record()
            }
        }
        impl<'a, $($t: Decode<'a>),*> Decode<'a> for ($($t,)*) {
            #[inline]
            fn decode(dec: &mut Decoder<'a>) -> Result<Self, DecodeError> {
                begin_record(dec, $n)?;
                let v = ($($t::decode(dec)?,)*);
                dec.end()?;
                Ok(v)
            }
        }
    };
}

tuple!(1: A 0);
tuple!(2: A 0, B 1);
tuple!(3: A 0, B 1, C 2);
tuple!(4: A 0, B 1, C 2, D 3);
tuple!(5: A 0, B 1, C 2, D 3, E 4);
tuple!(6: A 0, B 1, C 2, D 3, E 4, F 5);
tuple!(7: A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple!(8: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple!(9: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple!(10: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple!(11: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple!(12: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
tuple!(13: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
tuple!(14: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
tuple!(15: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
tuple!(16: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
tuple!(17: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag;
    use alloc::vec;

    fn hand(f: impl FnOnce(&mut Encoder) -> Result<(), EncodeError>) -> Vec<u8> {
        let mut enc = Encoder::new();
        f(&mut enc).unwrap();
        enc.finish().unwrap();
        enc.into_bytes()
    }

    fn round_trip<T>(v: T) -> Vec<u8>
    where
        T: Encode + for<'a> Decode<'a> + PartialEq + core::fmt::Debug,
    {
        let b = to_vec(&v).unwrap();
        assert_eq!(from_slice::<T>(&b, Limits::default()).unwrap(), v);
        b
    }

    #[test]
    fn scalars_encode_as_the_encoder_methods() {
        assert_eq!(round_trip(true), hand(|e| e.bool(true)));
        assert_eq!(round_trip(7u16), hand(|e| e.u16(7)));
        assert_eq!(round_trip(-3i64), hand(|e| e.s64(-3)));
        assert_eq!(round_trip('é'), hand(|e| e.char('é')));
        assert_eq!(round_trip(1.5f64), hand(|e| e.f64(1.5)));
        assert_eq!(to_vec(&f32::NAN).unwrap(), hand(|e| e.f32(f32::NAN)));
        assert_eq!(round_trip(()), vec![tag::UNIT]);
    }

    #[test]
    fn lists_of_fixed_width_scalars_are_packed_and_others_are_lists() {
        assert_eq!(round_trip(vec![1u8, 2]), hand(|e| e.bytes(&[1, 2])));
        assert_eq!(round_trip(vec![1u32, 2]), hand(|e| e.packed(&[1u32, 2])));
        assert_eq!(round_trip(vec!['a']), hand(|e| e.packed(&['a'])));
        assert_eq!(
            round_trip(vec![true, false]),
            hand(|e| {
                e.begin_list(2)?;
                e.bool(true)?;
                e.bool(false)?;
                e.end_list()
            })
        );
        assert_eq!(
            round_trip(vec![String::from("a")]),
            hand(|e| {
                e.begin_list(1)?;
                e.str("a")?;
                e.end_list()
            })
        );
        let slice: &[u16] = &[5];
        assert_eq!(to_vec(slice).unwrap(), hand(|e| e.packed(&[5u16])));
    }

    #[test]
    #[allow(clippy::type_complexity)] // the largest tuple is the point
    fn tuples_up_to_seventeen_members_are_records() {
        let t = (
            0u8,
            1u16,
            2u32,
            3u64,
            4i8,
            5i16,
            6i32,
            7i64,
            8u8,
            9u8,
            10u8,
            11u8,
            12u8,
            13u8,
            14u8,
            15u8,
            String::from("q"),
        );
        let bytes = to_vec(&t).unwrap();
        let mut e = Encoder::new();
        e.begin_record(17).unwrap();
        e.u8(0).unwrap();
        e.u16(1).unwrap();
        e.u32(2).unwrap();
        e.u64(3).unwrap();
        e.s8(4).unwrap();
        e.s16(5).unwrap();
        e.s32(6).unwrap();
        e.s64(7).unwrap();
        for v in 8..16 {
            e.u8(v).unwrap();
        }
        e.str("q").unwrap();
        e.end_record().unwrap();
        assert_eq!(bytes, e.finish().unwrap());
        let back: (u8, u16, u32, u64, i8, i16, i32, i64, u8, u8, u8, u8, u8, u8, u8, u8, String) =
            from_slice(&bytes, Limits::default()).unwrap();
        assert_eq!(back.16, "q");
        assert_eq!((back.0, back.7, back.15), (0, 7, 15));
    }

    #[test]
    fn option_result_and_tuples_follow_the_canonical_rules() {
        assert_eq!(round_trip(None::<u8>), hand(|e| e.none()));
        assert_eq!(
            round_trip(Some(String::from("x"))),
            hand(|e| {
                e.some()?;
                e.str("x")
            })
        );
        assert_eq!(
            round_trip(Ok::<(), u32>(())),
            hand(|e| {
                e.ok()?;
                e.unit()
            })
        );
        assert_eq!(
            round_trip(Err::<u64, String>("no".into())),
            hand(|e| {
                e.err()?;
                e.str("no")
            })
        );
        assert_eq!(
            round_trip((1u8, String::from("k"), vec![0u8; 3])),
            hand(|e| {
                e.begin_record(3)?;
                e.u8(1)?;
                e.str("k")?;
                e.bytes(&[0; 3])?;
                e.end_record()
            })
        );
    }

    #[test]
    fn borrowed_decodes_point_into_the_input() {
        let b = to_vec(&("key", &[1u8, 2][..])).unwrap();
        let (s, bytes): (&str, &[u8]) = from_slice(&b, Limits::default()).unwrap();
        assert_eq!((s, bytes), ("key", &[1u8, 2][..]));
        assert!(b.as_ptr_range().contains(&s.as_ptr()));
    }

    #[test]
    fn decoding_the_wrong_shape_is_an_error_not_a_panic() {
        let b = to_vec(&(1u8, 2u8)).unwrap();
        let e = from_slice::<(u8, u8, u8)>(&b, Limits::default()).unwrap_err();
        assert_eq!(e.kind, DecodeErrorKind::WrongCount { expected: 3, found: 2 });
        assert!(from_slice::<Vec<u8>>(&to_vec(&vec![true]).unwrap(), Limits::default()).is_err());
        assert!(from_slice::<String>(&to_vec(&5u32).unwrap(), Limits::default()).is_err());
        let mut trailing = to_vec(&1u8).unwrap();
        trailing.push(0);
        assert!(from_slice::<u8>(&trailing, Limits::default()).is_err());
    }

    #[test]
    fn case_and_flag_helpers_name_the_offset() {
        assert_eq!(
            case_out_of_range(4, 9, 2),
            DecodeError::new(DecodeErrorKind::CaseOutOfRange { case: 9, cases: 2 }, 4)
        );
        let b = hand(|e| e.flags(3, 0b101));
        let mut d = Decoder::new(&b, Limits::default()).unwrap();
        assert_eq!(flags(&mut d, 3).unwrap(), 0b101);
        let mut d = Decoder::new(&b, Limits::default()).unwrap();
        assert_eq!(
            flags(&mut d, 4).unwrap_err().kind,
            DecodeErrorKind::WrongCount { expected: 4, found: 3 }
        );
    }
}
