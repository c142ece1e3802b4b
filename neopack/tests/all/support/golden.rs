//! The golden vectors: one row per example of SPEC.md's "Examples" table. The golden test checks
//! each row against the encoder, the decoder, the validator and the SPEC text; the fuzz corpus
//! holds each as a seed file.

use neopack::schema::{Case, Type};
use neopack::{DecodeError, Decoder, EncodeError, Encoder, tag};

/// One row: a value written by `enc`, its exact bytes, read back and checked by `dec`.
pub(crate) struct Golden {
    /// Row name, as in SPEC.md's first column.
    pub(crate) name: &'static str,
    /// The bytes in hex; spaces separate fields for readability.
    pub(crate) hex: &'static str,
    /// The encoder and decoder functions SPEC.md names for the row.
    pub(crate) functions: [&'static str; 2],
    /// The schema type of the value, when it has one.
    pub(crate) ty: fn() -> Option<Type>,
    /// Writes the value.
    pub(crate) enc: fn(&mut Encoder) -> Result<(), EncodeError>,
    /// Reads the value back and asserts it is the one written.
    pub(crate) dec: fn(&mut Decoder<'_>) -> Result<(), DecodeError>,
}

impl Golden {
    /// The bytes of [`Golden::hex`].
    pub(crate) fn bytes(&self) -> Vec<u8> {
        let digits: Vec<u8> = self.hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        digits
            .chunks(2)
            .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
            .collect()
    }
}

macro_rules! row {
    ($name:literal, $hex:literal, [$e:literal, $d:literal], $ty:expr, |$enc:ident| $encode:expr, |$dec:ident| $decode:expr) => {
        Golden {
            name: $name,
            hex: $hex,
            functions: [$e, $d],
            ty: || $ty,
            enc: |$enc| $encode,
            dec: |$dec| $decode,
        }
    };
}

fn entry_type() -> Type {
    Type::record([("key", Type::String), ("version", Type::U64)])
}

/// Every golden vector.
pub(crate) const GOLDEN: &[Golden] = &[
    row!("unit", "01", ["Encoder::unit", "Decoder::unit"], None, |e| e.unit(), |d| d.unit()),
    row!(
        "false",
        "02",
        ["Encoder::bool", "Decoder::bool"],
        Some(Type::Bool),
        |e| e.bool(false),
        |d| {
            assert!(!d.bool()?);
            Ok(())
        }
    ),
    row!(
        "true",
        "03",
        ["Encoder::bool", "Decoder::bool"],
        Some(Type::Bool),
        |e| e.bool(true),
        |d| {
            assert!(d.bool()?);
            Ok(())
        }
    ),
    row!("u8", "04 07", ["Encoder::u8", "Decoder::u8"], Some(Type::U8), |e| e.u8(7), |d| {
        assert_eq!(d.u8()?, 7);
        Ok(())
    }),
    row!(
        "u16",
        "05 0201",
        ["Encoder::u16", "Decoder::u16"],
        Some(Type::U16),
        |e| e.u16(0x0102),
        |d| {
            assert_eq!(d.u16()?, 0x0102);
            Ok(())
        }
    ),
    row!(
        "u32",
        "06 01000000",
        ["Encoder::u32", "Decoder::u32"],
        Some(Type::U32),
        |e| e.u32(1),
        |d| {
            assert_eq!(d.u32()?, 1);
            Ok(())
        }
    ),
    row!(
        "u64",
        "07 0000000000010000",
        ["Encoder::u64", "Decoder::u64"],
        Some(Type::U64),
        |e| e.u64(1 << 40),
        |d| {
            assert_eq!(d.u64()?, 1 << 40);
            Ok(())
        }
    ),
    row!("s8", "08 ff", ["Encoder::s8", "Decoder::s8"], Some(Type::S8), |e| e.s8(-1), |d| {
        assert_eq!(d.s8()?, -1);
        Ok(())
    }),
    row!("s16", "09 feff", ["Encoder::s16", "Decoder::s16"], Some(Type::S16), |e| e.s16(-2), |d| {
        assert_eq!(d.s16()?, -2);
        Ok(())
    }),
    row!(
        "s32",
        "0a fdffffff",
        ["Encoder::s32", "Decoder::s32"],
        Some(Type::S32),
        |e| e.s32(-3),
        |d| {
            assert_eq!(d.s32()?, -3);
            Ok(())
        }
    ),
    row!(
        "s64",
        "0b fcffffffffffffff",
        ["Encoder::s64", "Decoder::s64"],
        Some(Type::S64),
        |e| e.s64(-4),
        |d| {
            assert_eq!(d.s64()?, -4);
            Ok(())
        }
    ),
    row!(
        "f32",
        "0c 0000c03f",
        ["Encoder::f32", "Decoder::f32"],
        Some(Type::F32),
        |e| e.f32(1.5),
        |d| {
            assert_eq!(d.f32()?, 1.5);
            Ok(())
        }
    ),
    row!(
        "f32-nan",
        "0c 0000c07f",
        ["Encoder::f32", "Decoder::f32"],
        Some(Type::F32),
        |e| e.f32(f32::from_bits(0xff80_0001)),
        |d| {
            assert_eq!(d.f32()?.to_bits(), 0x7fc0_0000);
            Ok(())
        }
    ),
    row!(
        "f64",
        "0d 000000000000e0bf",
        ["Encoder::f64", "Decoder::f64"],
        Some(Type::F64),
        |e| e.f64(-0.5),
        |d| {
            assert_eq!(d.f64()?, -0.5);
            Ok(())
        }
    ),
    row!(
        "f64-nan",
        "0d 000000000000f87f",
        ["Encoder::f64", "Decoder::f64"],
        Some(Type::F64),
        |e| e.f64(-f64::NAN),
        |d| {
            assert_eq!(d.f64()?.to_bits(), 0x7ff8_0000_0000_0000);
            Ok(())
        }
    ),
    row!(
        "char",
        "0e e9000000",
        ["Encoder::char", "Decoder::char"],
        Some(Type::Char),
        |e| e.char('é'),
        |d| {
            assert_eq!(d.char()?, 'é');
            Ok(())
        }
    ),
    row!(
        "string",
        "10 02000000 6869",
        ["Encoder::str", "Decoder::str"],
        Some(Type::String),
        |e| e.str("hi"),
        |d| {
            assert_eq!(d.str()?, "hi");
            Ok(())
        }
    ),
    row!(
        "string-empty",
        "10 00000000",
        ["Encoder::str", "Decoder::str"],
        Some(Type::String),
        |e| e.str(""),
        |d| {
            assert_eq!(d.str()?, "");
            Ok(())
        }
    ),
    row!(
        "bytes",
        "11 04 03000000 010203",
        ["Encoder::bytes", "Decoder::bytes"],
        Some(Type::list(Type::U8)),
        |e| e.bytes(&[1, 2, 3]),
        |d| {
            assert_eq!(d.bytes()?, [1, 2, 3]);
            Ok(())
        }
    ),
    row!(
        "packed-u16",
        "11 05 02000000 0100 0302",
        ["Encoder::packed", "Decoder::packed"],
        Some(Type::list(Type::U16)),
        |e| e.packed(&[1u16, 0x0203]),
        |d| {
            let p = d.packed(tag::U16)?;
            assert_eq!(p.iter::<u16>().collect::<Vec<_>>(), [1, 0x0203]);
            Ok(())
        }
    ),
    row!(
        "packed-char",
        "11 0e 02000000 61000000 62000000",
        ["Encoder::packed", "Decoder::packed"],
        Some(Type::list(Type::Char)),
        |e| e.packed(&['a', 'b']),
        |d| {
            assert_eq!(d.packed(tag::CHAR)?.iter::<char>().collect::<String>(), "ab");
            Ok(())
        }
    ),
    row!(
        "packed-empty",
        "11 0c 00000000",
        ["Encoder::packed", "Decoder::packed"],
        Some(Type::list(Type::F32)),
        |e| e.packed::<f32>(&[]),
        |d| {
            assert_eq!(d.packed(tag::F32)?.count, 0);
            Ok(())
        }
    ),
    row!(
        "list-as-packed",
        "11 04 02000000 0102",
        ["Encoder::end_list", "Decoder::bytes"],
        Some(Type::list(Type::U8)),
        |e| {
            e.begin_list(2)?;
            e.u8(1)?;
            e.u8(2)?;
            e.end_list()
        },
        |d| {
            assert_eq!(d.bytes()?, [1, 2]);
            Ok(())
        }
    ),
    row!(
        "list",
        "12 10000000 02000000 10 01000000 61 10 01000000 62",
        ["Encoder::begin_list", "Decoder::begin_list"],
        Some(Type::list(Type::String)),
        |e| {
            e.begin_list(2)?;
            e.str("a")?;
            e.str("b")?;
            e.end_list()
        },
        |d| {
            assert_eq!(d.begin_list()?, 2);
            assert_eq!((d.str()?, d.str()?), ("a", "b"));
            d.end()
        }
    ),
    row!(
        "list-empty",
        "12 04000000 00000000",
        ["Encoder::begin_list", "Decoder::begin_list"],
        Some(Type::list(Type::String)),
        |e| {
            e.begin_list(0)?;
            e.end_list()
        },
        |d| {
            assert_eq!(d.begin_list()?, 0);
            d.end()
        }
    ),
    row!(
        "record",
        "13 13000000 02000000 10 01000000 6b 07 0100000000000000",
        ["Encoder::begin_record", "Decoder::begin_record"],
        Some(entry_type()),
        |e| {
            e.begin_record(2)?;
            e.str("k")?;
            e.u64(1)?;
            e.end_record()
        },
        |d| {
            assert_eq!(d.begin_record()?, 2);
            assert_eq!((d.str()?, d.u64()?), ("k", 1));
            d.end()
        }
    ),
    row!(
        "tuple",
        "13 0b000000 02000000 04 01 0e 61000000",
        ["Encoder::begin_record", "Decoder::begin_record"],
        Some(Type::Tuple(vec![Type::U8, Type::Char])),
        |e| {
            e.begin_record(2)?;
            e.u8(1)?;
            e.char('a')?;
            e.end_record()
        },
        |d| {
            assert_eq!(d.begin_record()?, 2);
            assert_eq!((d.u8()?, d.char()?), (1, 'a'));
            d.end()
        }
    ),
    row!(
        "variant",
        "14 01000000 06 05000000",
        ["Encoder::variant", "Decoder::variant"],
        Some(Type::Variant(vec![Case::new("a", None), Case::new("b", Some(Type::U32))])),
        |e| {
            e.variant(1)?;
            e.u32(5)
        },
        |d| {
            assert_eq!(d.variant()?, 1);
            assert_eq!(d.u32()?, 5);
            Ok(())
        }
    ),
    row!(
        "variant-no-payload",
        "14 00000000 01",
        ["Encoder::variant", "Decoder::variant"],
        Some(Type::Variant(vec![Case::new("a", None), Case::new("b", Some(Type::U32))])),
        |e| {
            e.variant(0)?;
            e.unit()
        },
        |d| {
            assert_eq!(d.variant()?, 0);
            d.unit()
        }
    ),
    row!(
        "enum",
        "14 02000000 01",
        ["Encoder::variant", "Decoder::variant"],
        Some(Type::enumeration(["x", "y", "z"])),
        |e| {
            e.variant(2)?;
            e.unit()
        },
        |d| {
            assert_eq!(d.variant()?, 2);
            d.unit()
        }
    ),
    row!(
        "none",
        "15",
        ["Encoder::none", "Decoder::option"],
        Some(Type::option(Type::String)),
        |e| e.none(),
        |d| {
            assert!(!d.option()?);
            Ok(())
        }
    ),
    row!(
        "some",
        "16 10 01000000 78",
        ["Encoder::some", "Decoder::option"],
        Some(Type::option(Type::String)),
        |e| {
            e.some()?;
            e.str("x")
        },
        |d| {
            assert!(d.option()?);
            assert_eq!(d.str()?, "x");
            Ok(())
        }
    ),
    row!(
        "ok-unit",
        "17 01",
        ["Encoder::ok", "Decoder::result"],
        Some(Type::result(None, Some(Type::U8))),
        |e| {
            e.ok()?;
            e.unit()
        },
        |d| {
            assert!(d.result()?);
            d.unit()
        }
    ),
    row!(
        "err",
        "18 04 09",
        ["Encoder::err", "Decoder::result"],
        Some(Type::result(None, Some(Type::U8))),
        |e| {
            e.err()?;
            e.u8(9)
        },
        |d| {
            assert!(!d.result()?);
            assert_eq!(d.u8()?, 9);
            Ok(())
        }
    ),
    row!(
        "flags",
        "19 03000000 05",
        ["Encoder::flags", "Decoder::flags"],
        Some(Type::flags(["a", "b", "c"])),
        |e| e.flags(3, 0b101),
        |d| {
            assert_eq!(d.flags()?, (3, 0b101));
            Ok(())
        }
    ),
    row!(
        "flags-empty",
        "19 00000000",
        ["Encoder::flags", "Decoder::flags"],
        Some(Type::Flags(vec![])),
        |e| e.flags(0, 0),
        |d| {
            assert_eq!(d.flags()?, (0, 0));
            Ok(())
        }
    ),
    row!(
        "flags-9",
        "19 09000000 01 01",
        ["Encoder::flags", "Decoder::flags"],
        Some(Type::flags(["a", "b", "c", "d", "e", "f", "g", "h", "i"])),
        |e| e.flags(9, 0x101),
        |d| {
            assert_eq!(d.flags()?, (9, 0x101));
            Ok(())
        }
    ),
    row!(
        "handle",
        "1a 2a00000000000000",
        ["Encoder::handle", "Decoder::handle"],
        None,
        |e| e.handle(42),
        |d| {
            assert_eq!(d.handle()?, 42);
            Ok(())
        }
    ),
    row!(
        "call-args",
        "13 0c000000 02000000 10 01000000 6b 04 03",
        ["Encoder::begin_record", "Decoder::begin_record"],
        Some(
            neopack::schema::Function::new("put", [("key", Type::String), ("n", Type::U8)], None)
                .params_type()
        ),
        |e| {
            e.begin_record(2)?;
            e.str("k")?;
            e.u8(3)?;
            e.end_record()
        },
        |d| {
            assert_eq!(d.begin_record()?, 2);
            assert_eq!((d.str()?, d.u8()?), ("k", 3));
            d.end()
        }
    ),
];
