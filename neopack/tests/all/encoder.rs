//! Encoder misuse: every call that cannot be honoured returns a typed error and writes nothing.

use neopack::{EncodeError, Encoder, Limits, decode, tag};

/// Runs `bad` and checks it fails with `expected` and leaves the buffer untouched.
#[track_caller]
fn fails(
    enc: &mut Encoder,
    expected: EncodeError,
    bad: impl FnOnce(&mut Encoder) -> Result<(), EncodeError>,
) {
    let before = enc.clone().into_bytes();
    assert_eq!(bad(enc), Err(expected));
    assert_eq!(enc.clone().into_bytes(), before, "a failed call wrote bytes");
}

#[test]
fn ending_what_was_not_opened_is_not_open() {
    let mut e = Encoder::new();
    fails(&mut e, EncodeError::NotOpen { expected: "list" }, Encoder::end_list);
    e.begin_list(0).unwrap();
    fails(&mut e, EncodeError::NotOpen { expected: "record" }, Encoder::end_record);
    e.end_list().unwrap();
    fails(&mut e, EncodeError::NotOpen { expected: "list" }, Encoder::end_list);
}

#[test]
fn a_container_must_get_exactly_its_declared_count() {
    let mut e = Encoder::new();
    e.begin_record(2).unwrap();
    e.u8(1).unwrap();
    fails(&mut e, EncodeError::CountMismatch { declared: 2, written: 1 }, Encoder::end_record);
    e.u8(2).unwrap();
    fails(&mut e, EncodeError::CountMismatch { declared: 2, written: 3 }, |e| e.str("x"));
    fails(&mut e, EncodeError::CountMismatch { declared: 2, written: 3 }, |e| e.begin_list(0));
    e.end_record().unwrap();
    assert!(decode(e.finish().unwrap(), Limits::default()).is_ok());
}

#[test]
fn a_second_root_is_refused() {
    let mut e = Encoder::new();
    e.u32(1).unwrap();
    fails(&mut e, EncodeError::SecondRoot, |e| e.u32(2));
    fails(&mut e, EncodeError::SecondRoot, Encoder::some);
    assert_eq!(e.finish().unwrap(), [tag::U32, 1, 0, 0, 0]);
}

#[test]
fn finish_refuses_unfinished_and_empty_messages() {
    let mut e = Encoder::new();
    assert_eq!(e.finish(), Err(EncodeError::Empty));
    e.begin_list(1).unwrap();
    e.begin_record(0).unwrap();
    assert_eq!(e.finish(), Err(EncodeError::Unfinished { open: 2 }));
}

#[test]
fn a_missing_payload_is_payload_expected() {
    let mut e = Encoder::new();
    e.variant(3).unwrap();
    assert_eq!(e.finish(), Err(EncodeError::PayloadExpected));
    let mut e = Encoder::new();
    e.begin_record(1).unwrap();
    e.ok().unwrap();
    fails(&mut e, EncodeError::PayloadExpected, Encoder::end_record);
    e.err().unwrap(); // the payload of `ok` may itself be a wrapper
    e.unit().unwrap();
    e.end_record().unwrap();
    assert_eq!(
        decode(e.finish().unwrap(), Limits::default()).unwrap().clone(),
        neopack::ValueRef::Record(vec![neopack::ValueRef::Ok(Box::new(neopack::ValueRef::Err(
            Box::new(neopack::ValueRef::Unit)
        )))])
    );
}

#[test]
fn invalid_flags_packed_and_chars_are_refused() {
    let mut e = Encoder::new();
    fails(&mut e, EncodeError::BadFlags { count: 3, bits: 8 }, |e| e.flags(3, 8));
    fails(&mut e, EncodeError::BadFlags { count: 65, bits: 0 }, |e| e.flags(65, 0));
    fails(&mut e, EncodeError::BadElemTag(tag::STRING), |e| e.packed_raw(tag::STRING, 0, &[]));
    fails(&mut e, EncodeError::PackedLength, |e| e.packed_raw(tag::U32, 2, &[0; 4]));
    fails(&mut e, EncodeError::InvalidChar(0xd800), |e| {
        e.packed_raw(tag::CHAR, 1, &0xd800u32.to_le_bytes())
    });
    e.flags(64, u64::MAX).unwrap();
    assert_eq!(e.finish().unwrap().len(), 1 + 4 + 8);
}

#[test]
fn packed_raw_canonicalises_nans() {
    let mut e = Encoder::new();
    e.packed_raw(tag::F32, 1, &0xffc0_0001u32.to_le_bytes()).unwrap();
    assert_eq!(e.finish().unwrap(), [tag::PACKED, tag::F32, 1, 0, 0, 0, 0x00, 0x00, 0xc0, 0x7f]);
}

#[test]
fn lists_of_one_scalar_are_packed_and_mixed_lists_are_not() {
    let mut e = Encoder::new();
    e.begin_list(2).unwrap();
    e.f64(f64::NAN).unwrap();
    e.f64(1.0).unwrap();
    e.end_list().unwrap();
    let mut expected = vec![tag::PACKED, tag::F64, 2, 0, 0, 0];
    expected.extend(0x7ff8_0000_0000_0000u64.to_le_bytes());
    expected.extend(1.0f64.to_le_bytes());
    assert_eq!(e.finish().unwrap(), expected);

    let mut e = Encoder::new();
    e.begin_list(2).unwrap();
    e.u8(1).unwrap();
    e.s8(1).unwrap();
    e.end_list().unwrap();
    assert_eq!(e.finish().unwrap()[0], tag::LIST);
}

#[test]
fn nested_list_of_scalars_inside_a_list_is_packed_in_place() {
    let mut e = Encoder::new();
    e.begin_list(2).unwrap();
    for _ in 0..2 {
        e.begin_list(3).unwrap();
        for c in ['x', 'y', 'z'] {
            e.char(c).unwrap();
        }
        e.end_list().unwrap();
    }
    e.end_list().unwrap();
    let bytes = e.finish().unwrap().to_vec();
    // The outer list holds two packed arrays (not scalars), so it stays a LIST.
    assert_eq!(bytes[0], tag::LIST);
    assert_eq!(u32::from_le_bytes(bytes[1..5].try_into().unwrap()) as usize, bytes.len() - 5);
    assert_eq!(&bytes[9..11], [tag::PACKED, tag::CHAR]);
    assert!(decode(&bytes, Limits::default()).is_ok());
}

#[test]
fn buffer_and_stack_are_reused_across_messages() {
    let mut e = Encoder::with_buffer(vec![0xaa, 0xbb]);
    e.begin_record(1).unwrap();
    e.str("k").unwrap();
    e.end_record().unwrap();
    let msg = e.finish().unwrap().to_vec();
    assert_eq!(e.len(), 2 + msg.len());
    assert_eq!(&e.clone().into_bytes()[..2], [0xaa, 0xbb]);
    e.clear();
    assert!(e.is_empty());
    e.begin_record(1).unwrap();
    e.str("k").unwrap();
    e.end_record().unwrap();
    assert_eq!(e.finish().unwrap(), msg);
}

#[test]
fn raw_value_embeds_one_valid_value_and_rejects_anything_else() {
    let mut inner = neopack::Encoder::new();
    inner.begin_record(2).unwrap();
    inner.str("k").unwrap();
    inner.u32(7).unwrap();
    inner.end_record().unwrap();
    let inner = inner.finish().unwrap().to_vec();

    let mut outer = neopack::Encoder::new();
    outer.begin_record(2).unwrap();
    outer.u8(1).unwrap();
    outer.raw_value(&inner).unwrap();
    outer.end_record().unwrap();
    let bytes = outer.finish().unwrap().to_vec();
    let mut dec = neopack::Decoder::new(&bytes, neopack::Limits::default()).unwrap();
    dec.begin_record().unwrap();
    assert_eq!(dec.u8().unwrap(), 1);
    assert_eq!(dec.raw_value().unwrap(), &inner[..]);
    dec.end().unwrap();
    dec.finish().unwrap();

    let mut enc = neopack::Encoder::new();
    enc.begin_record(1).unwrap();
    // Truncated, two values, and empty input are refused; nothing is written.
    for bad in [&inner[..inner.len() - 1], &[0x04, 1, 0x04, 2][..], &[][..]] {
        assert!(matches!(enc.raw_value(bad), Err(neopack::EncodeError::InvalidRaw(_))), "{bad:?}");
    }
    enc.u8(9).unwrap();
    enc.end_record().unwrap();
    assert_eq!(enc.finish().unwrap(), [0x13, 6, 0, 0, 0, 1, 0, 0, 0, 0x04, 9]);
}
