//! Every decode error kind, with the offset of the first bad byte (SPEC.md §6).

use neopack::schema::{Case, Type};
use neopack::{DecodeError, DecodeErrorKind as K, Decoder, Limits, decode, tag, validate};

fn hex(s: &str) -> Vec<u8> {
    let d: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    d.chunks(2).map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap()).collect()
}

/// `decode` and `skip` both reject `input` with `kind` at `offset`.
#[track_caller]
fn rejects(input: &str, limits: Limits, kind: K, offset: usize) {
    let bytes = hex(input);
    let expected = DecodeError::new(kind, offset);
    assert_eq!(decode(&bytes, limits).unwrap_err(), expected, "decode {input}");
    let skipped = Decoder::new(&bytes, limits).and_then(|mut d| {
        d.skip()?;
        d.finish()
    });
    assert_eq!(skipped.unwrap_err(), expected, "skip {input}");
}

#[track_caller]
fn rejects_as(input: &str, ty: &Type, kind: K, offset: usize) {
    let err = validate(&hex(input), ty, Limits::default()).unwrap_err();
    assert_eq!(err, DecodeError::new(kind, offset), "validate {input} as {ty}");
}

const D: Limits =
    Limits { max_depth: 64, max_size: 16 << 20, max_items: 1 << 22, max_expansion: 4 };

#[test]
fn default_limits_are_depth_64_size_16_mib_items_2_pow_22() {
    assert_eq!(Limits::default(), D);
}

#[test]
fn unexpected_end_points_at_the_truncated_field() {
    rejects("06 0100", D, K::UnexpectedEnd, 1);
    rejects("", D, K::UnexpectedEnd, 0);
    rejects("16", D, K::UnexpectedEnd, 1);
    // The u32 runs past its record's body although the input goes on.
    rejects("13 05000000 01000000 06 01000000", D, K::UnexpectedEnd, 10);
}

#[test]
fn unknown_tag_is_rejected_at_its_offset() {
    rejects("0f", D, K::UnknownTag(0x0f), 0);
    rejects("00", D, K::UnknownTag(0x00), 0);
    rejects("1b", D, K::UnknownTag(0x1b), 0);
    rejects("12 05000000 01000000 ff", D, K::UnknownTag(0xff), 9);
}

#[test]
fn unexpected_tag_names_expected_and_found() {
    rejects_as(
        "04 07",
        &Type::String,
        K::UnexpectedTag { expected: tag::STRING, found: tag::U8 },
        0,
    );
    rejects_as(
        "11 05 00000000",
        &Type::list(Type::U8),
        K::UnexpectedTag { expected: tag::U8, found: tag::U16 },
        1,
    );
    rejects_as(
        "12 04000000 00000000",
        &Type::list(Type::U8),
        K::UnexpectedTag { expected: tag::PACKED, found: tag::LIST },
        0,
    );
}

#[test]
fn invalid_utf8_points_at_the_first_bad_byte() {
    rejects("10 03000000 61 ff 62", D, K::InvalidUtf8, 6);
    rejects("10 02000000 c3 28", D, K::InvalidUtf8, 5);
}

#[test]
fn invalid_char_is_rejected_alone_and_packed() {
    rejects("0e 00d80000", D, K::InvalidChar(0xd800), 1);
    rejects("0e 00001100", D, K::InvalidChar(0x11_0000), 1);
    rejects("11 0e 02000000 61000000 00d80000", D, K::InvalidChar(0xd800), 10);
}

#[test]
fn length_out_of_bounds_points_at_the_length_field() {
    rejects("10 05000000 6162", D, K::LengthOutOfBounds, 1);
    rejects("11 04 05000000 01", D, K::LengthOutOfBounds, 2);
    rejects("11 07 ffffffff 00", D, K::LengthOutOfBounds, 2);
    rejects("12 ff000000 00000000", D, K::LengthOutOfBounds, 1);
    rejects("13 02000000 0000", D, K::LengthOutOfBounds, 1);
    // A string longer than its enclosing record body.
    rejects("13 09000000 01000000 10 02000000 6162", D, K::LengthOutOfBounds, 10);
}

#[test]
fn trailing_bytes_after_the_root_are_rejected() {
    rejects("01 01", D, K::TrailingBytes, 1);
    rejects("04 07 00", D, K::TrailingBytes, 2);
}

#[test]
fn depth_limit_counts_wrappers_and_containers() {
    let two = Limits { max_depth: 2, ..D };
    rejects("16 16 16 01", two, K::DepthLimit, 2);
    rejects("13 13000000 01000000 12 0a000000 01000000 14 00000000 01", two, K::DepthLimit, 18);
    assert!(decode(&hex("16 16 01"), two).is_ok());
    rejects("16 01", Limits { max_depth: 0, ..D }, K::DepthLimit, 0);
    // Typed reads enforce the same limit.
    let bytes = hex("16 16 16 01");
    let mut d = Decoder::new(&bytes, two).unwrap();
    assert!(d.option().unwrap() && d.option().unwrap());
    assert_eq!(d.option().unwrap_err(), DecodeError::new(K::DepthLimit, 2));
}

#[test]
fn size_limit_is_checked_before_reading() {
    rejects("10 00000000", Limits { max_size: 4, ..D }, K::SizeLimit, 4);
    assert!(decode(&hex("10 00000000"), Limits { max_size: 5, ..D }).is_ok());
}

#[test]
fn item_limit_counts_elements_over_the_whole_message() {
    let three = Limits { max_items: 3, ..D };
    rejects("11 04 04000000 01020304", three, K::ItemLimit, 2);
    // 2 record fields + 2 packed elements = 4 > 3, detected at the packed count.
    rejects("13 0d000000 02000000 11 04 02000000 0102 01", three, K::ItemLimit, 11);
    assert!(decode(&hex("11 04 03000000 010203"), three).is_ok());
}

#[test]
fn count_mismatch_when_count_and_contents_disagree() {
    // Count 2 cannot fit in a body of 1 byte.
    rejects("13 05000000 02000000 01", D, K::CountMismatch, 5);
    // A typed reader that reads more values than counted.
    let bytes = hex("13 05000000 01000000 01");
    let mut d = Decoder::new(&bytes, D).unwrap();
    assert_eq!(d.begin_record().unwrap(), 1);
    d.unit().unwrap();
    assert_eq!(d.unit().unwrap_err(), DecodeError::new(K::CountMismatch, 10));
    // ... or ends the container early.
    let mut d = Decoder::new(&bytes, D).unwrap();
    d.begin_record().unwrap();
    assert_eq!(d.end().unwrap_err(), DecodeError::new(K::CountMismatch, 9));
}

#[test]
fn body_length_mismatch_points_at_the_first_uncounted_byte() {
    rejects("13 06000000 01000000 01 01", D, K::BodyLengthMismatch, 10);
    rejects("12 07000000 01000000 10 00 00", D, K::UnexpectedEnd, 10);
}

#[test]
fn bad_elem_tag_rejects_non_scalar_packed_elements() {
    rejects("11 10 00000000", D, K::BadElemTag(tag::STRING), 1);
    rejects("11 1a 00000000", D, K::BadElemTag(tag::HANDLE), 1);
}

#[test]
fn non_canonical_forms_are_rejected() {
    rejects("0c 0100c07f", D, K::NonCanonical("nan"), 1);
    rejects("0d 010000000000f87f", D, K::NonCanonical("nan"), 1);
    rejects("11 0c 02000000 0000803f 0100c0ff", D, K::NonCanonical("nan"), 10);
    rejects("19 03000000 09", D, K::NonCanonical("flags bits above count"), 5);
    rejects("19 09000000 00 02", D, K::NonCanonical("flags bits above count"), 6);
    let packed = "list of one fixed-width scalar must be packed";
    rejects("12 08000000 02000000 04 01 04 02", D, K::NonCanonical(packed), 0);
    rejects(
        "13 17000000 01000000 12 0e000000 02000000 0e 61000000 0e 62000000",
        D,
        K::NonCanonical(packed),
        9,
    );
    // Mixed scalars, or non-scalars, are a canonical LIST.
    assert!(decode(&hex("12 09000000 02000000 04 01 05 0200"), D).is_ok());
    assert!(decode(&hex("12 06000000 02000000 01 01"), D).is_ok());
}

#[test]
fn case_out_of_range_and_wrong_count_are_type_errors() {
    let e = Type::enumeration(["x", "y", "z"]);
    rejects_as("14 03000000 01", &e, K::CaseOutOfRange { case: 3, cases: 3 }, 1);
    let v = Type::Variant(vec![Case::new("a", None), Case::new("b", Some(Type::U32))]);
    rejects_as(
        "14 00000000 06 01000000",
        &v,
        K::UnexpectedTag { expected: tag::UNIT, found: tag::U32 },
        5,
    );
    let r = Type::record([("key", Type::String)]);
    rejects_as("13 04000000 00000000", &r, K::WrongCount { expected: 1, found: 0 }, 5);
    rejects_as(
        "19 03000000 05",
        &Type::flags(["a", "b", "c", "d"]),
        K::WrongCount { expected: 4, found: 3 },
        1,
    );
}

#[test]
fn too_many_flags_is_rejected_at_the_count() {
    rejects("19 41000000 0000000000000000 00", D, K::TooManyFlags(65), 1);
}

#[test]
fn decoder_misuse_is_reported() {
    let bytes = hex("12 04000000 00000000");
    let mut d = Decoder::new(&bytes, D).unwrap();
    assert_eq!(d.end().unwrap_err(), DecodeError::new(K::NoOpenContainer, 0));
    let mut d = Decoder::new(&bytes, D).unwrap();
    d.begin_list().unwrap();
    assert_eq!(d.finish().unwrap_err(), DecodeError::new(K::Incomplete, 9));
    assert_eq!(
        Decoder::new(&[], D).unwrap().finish().unwrap_err(),
        DecodeError::new(K::Incomplete, 0)
    );
}

#[test]
fn errors_display_kind_and_offset() {
    let e = decode(&hex("10 03000000 61 ff 62"), D).unwrap_err();
    assert_eq!(e.to_string(), "invalid utf-8 at byte 6");
    let e = decode(&hex("0f"), D).unwrap_err();
    assert_eq!(e.to_string(), "unknown tag 0x0f at byte 0");
}

#[test]
fn typed_lists_cannot_decode_into_many_times_the_message_size() {
    // 5 bytes each on the wire, 24 in memory: past 4 times the message.
    let empty = neopack::codec::to_vec(&vec![String::new(); 100_000]).unwrap();
    let err = neopack::codec::from_slice::<Vec<String>>(&empty, D).unwrap_err();
    assert_eq!(err, neopack::DecodeError::new(K::ExpansionLimit, 0));
    // One byte each is within the limit; so is any packed list (one byte a byte).
    let ones = neopack::codec::to_vec(&vec!["a".to_owned(); 100_000]).unwrap();
    assert_eq!(neopack::codec::from_slice::<Vec<String>>(&ones, D).unwrap().len(), 100_000);
    // Small messages stay clear of it: 1000 empty strings are 24 KB in memory.
    let few = neopack::codec::to_vec(&vec![String::new(); 1000]).unwrap();
    assert_eq!(neopack::codec::from_slice::<Vec<String>>(&few, D).unwrap().len(), 1000);
    let bytes = neopack::codec::to_vec(&vec![0u8; 1000]).unwrap();
    assert_eq!(neopack::codec::from_slice::<Vec<u8>>(&bytes, D).unwrap().len(), 1000);
    // The limit is the caller's: a trusted reader may lift it.
    let lifted = Limits { max_expansion: 8, ..D };
    assert_eq!(neopack::codec::from_slice::<Vec<String>>(&empty, lifted).unwrap().len(), 100_000);
}
