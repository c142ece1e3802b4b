const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/all-types.wit"
    );
};
/// Every value type neorun supports, nested.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod values {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t0 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// Scalars only.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Scalars {
            #[component(name = "b")]
            pub b: bool,
            #[component(name = "a-u8")]
            pub a_u8: u8,
            #[component(name = "a-u16")]
            pub a_u16: u16,
            #[component(name = "a-u32")]
            pub a_u32: u32,
            #[component(name = "a-u64")]
            pub a_u64: u64,
            #[component(name = "a-s8")]
            pub a_s8: i8,
            #[component(name = "a-s16")]
            pub a_s16: i16,
            #[component(name = "a-s32")]
            pub a_s32: i32,
            #[component(name = "a-s64")]
            pub a_s64: i64,
            #[component(name = "a-f32")]
            pub a_f32: f32,
            #[component(name = "a-f64")]
            pub a_f64: f64,
            #[component(name = "c")]
            pub c: char,
            #[component(name = "s")]
            pub s: ::std::string::String,
        }
        impl ::neorun::__private::neopack::codec::Encode for Scalars {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(13u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.b, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_u8, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_u16, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_u32, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_u64, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_s8, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_s16, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_s32, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_s64, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_f32, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a_f64, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.c, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.s, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Scalars {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 13u32)?;
                let __v = Self {
                    b: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_u8: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_u16: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_u32: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_u64: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_s8: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_s16: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_s32: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_s64: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_f32: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    a_f64: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    c: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    s: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::Scalars;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// A list of every scalar (packed) and of non-scalars (lists).
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Lists {
            #[component(name = "bytes")]
            pub bytes: ::std::vec::Vec<u8>,
            #[component(name = "words")]
            pub words: ::std::vec::Vec<u32>,
            #[component(name = "signed")]
            pub signed: ::std::vec::Vec<i64>,
            #[component(name = "floats")]
            pub floats: ::std::vec::Vec<f64>,
            #[component(name = "chars")]
            pub chars: ::std::vec::Vec<char>,
            #[component(name = "bools")]
            pub bools: ::std::vec::Vec<bool>,
            #[component(name = "strings")]
            pub strings: ::std::vec::Vec<::std::string::String>,
            #[component(name = "nested")]
            pub nested: ::std::vec::Vec<::std::vec::Vec<u16>>,
            #[component(name = "records")]
            pub records: ::std::vec::Vec<super::Scalars>,
        }
        impl ::neorun::__private::neopack::codec::Encode for Lists {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(9u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.bytes, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.words, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.signed,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.floats,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.chars, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.bools, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.strings,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.nested,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.records,
                    __enc,
                )?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Lists {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 9u32)?;
                let __v = Self {
                    bytes: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    words: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    signed: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    floats: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    chars: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    bools: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    strings: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    nested: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    records: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t1::Lists;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t2 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(enum)]
        #[repr(u8)]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        pub enum Level {
            #[component(name = "low")]
            Low,
            #[component(name = "mid")]
            Mid,
            #[component(name = "high")]
            High,
        }
        impl ::neorun::__private::neopack::codec::Encode for Level {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::Low => 0u32,
                            Self::Mid => 1u32,
                            Self::High => 2u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Level {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::Low,
                    1u32 => Self::Mid,
                    2u32 => Self::High,
                    __case => {
                        return ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                3u32,
                            ),
                        );
                    }
                };
                __dec.unit()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t2::Level;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t3 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        ::neorun::__private::wasmtime::component::flags! {
            Mode { #[component(name = "read")] const READ; #[component(name = "write")]
            const WRITE; #[component(name = "exec")] const EXEC; #[component(name =
            "sticky-bit")] const STICKY_BIT; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Mode {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(4u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Mode {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 4u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::READ;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::WRITE;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::EXEC;
                }
                if __bits & 8u64 != 0 {
                    __v = __v | Self::STICKY_BIT;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t3::Mode;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t4 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        ::neorun::__private::wasmtime::component::flags! {
            Wide { #[component(name = "f0")] const F0; #[component(name = "f1")] const
            F1; #[component(name = "f2")] const F2; #[component(name = "f3")] const F3;
            #[component(name = "f4")] const F4; #[component(name = "f5")] const F5;
            #[component(name = "f6")] const F6; #[component(name = "f7")] const F7;
            #[component(name = "f8")] const F8; #[component(name = "f9")] const F9;
            #[component(name = "f10")] const F10; #[component(name = "f11")] const F11;
            #[component(name = "f12")] const F12; #[component(name = "f13")] const F13;
            #[component(name = "f14")] const F14; #[component(name = "f15")] const F15;
            #[component(name = "f16")] const F16; #[component(name = "f17")] const F17;
            #[component(name = "f18")] const F18; #[component(name = "f19")] const F19;
            #[component(name = "f20")] const F20; #[component(name = "f21")] const F21;
            #[component(name = "f22")] const F22; #[component(name = "f23")] const F23;
            #[component(name = "f24")] const F24; #[component(name = "f25")] const F25;
            #[component(name = "f26")] const F26; #[component(name = "f27")] const F27;
            #[component(name = "f28")] const F28; #[component(name = "f29")] const F29;
            #[component(name = "f30")] const F30; #[component(name = "f31")] const F31; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Wide {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(32u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Wide {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 32u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::F0;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::F1;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::F2;
                }
                if __bits & 8u64 != 0 {
                    __v = __v | Self::F3;
                }
                if __bits & 16u64 != 0 {
                    __v = __v | Self::F4;
                }
                if __bits & 32u64 != 0 {
                    __v = __v | Self::F5;
                }
                if __bits & 64u64 != 0 {
                    __v = __v | Self::F6;
                }
                if __bits & 128u64 != 0 {
                    __v = __v | Self::F7;
                }
                if __bits & 256u64 != 0 {
                    __v = __v | Self::F8;
                }
                if __bits & 512u64 != 0 {
                    __v = __v | Self::F9;
                }
                if __bits & 1024u64 != 0 {
                    __v = __v | Self::F10;
                }
                if __bits & 2048u64 != 0 {
                    __v = __v | Self::F11;
                }
                if __bits & 4096u64 != 0 {
                    __v = __v | Self::F12;
                }
                if __bits & 8192u64 != 0 {
                    __v = __v | Self::F13;
                }
                if __bits & 16384u64 != 0 {
                    __v = __v | Self::F14;
                }
                if __bits & 32768u64 != 0 {
                    __v = __v | Self::F15;
                }
                if __bits & 65536u64 != 0 {
                    __v = __v | Self::F16;
                }
                if __bits & 131072u64 != 0 {
                    __v = __v | Self::F17;
                }
                if __bits & 262144u64 != 0 {
                    __v = __v | Self::F18;
                }
                if __bits & 524288u64 != 0 {
                    __v = __v | Self::F19;
                }
                if __bits & 1048576u64 != 0 {
                    __v = __v | Self::F20;
                }
                if __bits & 2097152u64 != 0 {
                    __v = __v | Self::F21;
                }
                if __bits & 4194304u64 != 0 {
                    __v = __v | Self::F22;
                }
                if __bits & 8388608u64 != 0 {
                    __v = __v | Self::F23;
                }
                if __bits & 16777216u64 != 0 {
                    __v = __v | Self::F24;
                }
                if __bits & 33554432u64 != 0 {
                    __v = __v | Self::F25;
                }
                if __bits & 67108864u64 != 0 {
                    __v = __v | Self::F26;
                }
                if __bits & 134217728u64 != 0 {
                    __v = __v | Self::F27;
                }
                if __bits & 268435456u64 != 0 {
                    __v = __v | Self::F28;
                }
                if __bits & 536870912u64 != 0 {
                    __v = __v | Self::F29;
                }
                if __bits & 1073741824u64 != 0 {
                    __v = __v | Self::F30;
                }
                if __bits & 2147483648u64 != 0 {
                    __v = __v | Self::F31;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t4::Wide;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t5 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(variant)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub enum Shape {
            #[component(name = "none")]
            None,
            #[component(name = "point")]
            Point((f32, f32)),
            #[component(name = "named")]
            Named(::std::string::String),
            #[component(name = "levels")]
            Levels(::std::vec::Vec<super::Level>),
            #[component(name = "nested")]
            Nested(
                ::core::option::Option<::core::result::Result<u8, ::std::string::String>>,
            ),
        }
        impl ::neorun::__private::neopack::codec::Encode for Shape {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::None => {
                        __enc.variant(0u32)?;
                        __enc.unit()
                    }
                    Self::Point(__x) => {
                        __enc.variant(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Named(__x) => {
                        __enc.variant(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Levels(__x) => {
                        __enc.variant(3u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Nested(__x) => {
                        __enc.variant(4u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Shape {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                match __dec.variant()? {
                    0u32 => {
                        __dec.unit()?;
                        ::core::result::Result::Ok(Self::None)
                    }
                    1u32 => {
                        ::core::result::Result::Ok(
                            Self::Point(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    2u32 => {
                        ::core::result::Result::Ok(
                            Self::Named(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    3u32 => {
                        ::core::result::Result::Ok(
                            Self::Levels(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    4u32 => {
                        ::core::result::Result::Ok(
                            Self::Nested(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    __case => {
                        ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                5u32,
                            ),
                        )
                    }
                }
            }
        }
    }
    pub use self::__neorun_t5::Shape;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t6 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        pub type Pair = (u32, ::std::string::String);
    }
    pub use self::__neorun_t6::Pair;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t7 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        pub type MaybeBytes = ::core::option::Option<::std::vec::Vec<u8>>;
    }
    pub use self::__neorun_t7::MaybeBytes;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t8 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        pub type Outcome = ::core::result::Result<super::Pair, super::Shape>;
    }
    pub use self::__neorun_t8::Outcome;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t9 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct DeepLeaf {
            #[component(name = "w")]
            pub w: super::Wide,
            #[component(name = "m")]
            pub m: super::MaybeBytes,
        }
        impl ::neorun::__private::neopack::codec::Encode for DeepLeaf {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(2u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.w, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.m, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for DeepLeaf {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 2u32)?;
                let __v = Self {
                    w: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    m: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t9::DeepLeaf;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t10 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// Deep nesting.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Deep {
            #[component(name = "a")]
            pub a: ::core::option::Option<
                ::std::vec::Vec<
                    ::core::option::Option<
                        (
                            super::Pair,
                            ::std::vec::Vec<::core::result::Result<(), super::Level>>,
                        ),
                    >,
                >,
            >,
            #[component(name = "b")]
            pub b: ::core::result::Result<
                ::core::option::Option<super::DeepLeaf>,
                ::std::vec::Vec<super::Shape>,
            >,
            #[component(name = "c")]
            pub c: ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<super::Mode>>>,
        }
        impl ::neorun::__private::neopack::codec::Encode for Deep {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(3u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.b, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.c, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Deep {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 3u32)?;
                let __v = Self {
                    a: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    b: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    c: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t10::Deep;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:all-types/values";
    /// This interface's schema as compiled from WIT (functions in declaration order;
    /// a function's index here is its index on the wire).
    pub fn schema() -> &'static ::neorun::__private::neopack::schema::Interface {
        static __SCHEMA: ::neorun::__private::OnceLock<
            ::neorun::__private::neopack::schema::Interface,
        > = ::neorun::__private::OnceLock::new();
        __SCHEMA
            .get_or_init(|| ::neorun::__private::neopack::schema::Interface::new(
                NAME,
                ::std::vec![
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("echo-scalars", [("s",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("a-u8",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("a-u16",
                    ::neorun::__private::neopack::schema::Type::U16),
                    ::neorun::__private::neopack::schema::Field::new("a-u32",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("a-u64",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("a-s8",
                    ::neorun::__private::neopack::schema::Type::S8),
                    ::neorun::__private::neopack::schema::Field::new("a-s16",
                    ::neorun::__private::neopack::schema::Type::S16),
                    ::neorun::__private::neopack::schema::Field::new("a-s32",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("a-s64",
                    ::neorun::__private::neopack::schema::Type::S64),
                    ::neorun::__private::neopack::schema::Field::new("a-f32",
                    ::neorun::__private::neopack::schema::Type::F32),
                    ::neorun::__private::neopack::schema::Field::new("a-f64",
                    ::neorun::__private::neopack::schema::Type::F64),
                    ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::Char),
                    ::neorun::__private::neopack::schema::Field::new("s",
                    ::neorun::__private::neopack::schema::Type::String)]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("a-u8",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("a-u16",
                    ::neorun::__private::neopack::schema::Type::U16),
                    ::neorun::__private::neopack::schema::Field::new("a-u32",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("a-u64",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("a-s8",
                    ::neorun::__private::neopack::schema::Type::S8),
                    ::neorun::__private::neopack::schema::Field::new("a-s16",
                    ::neorun::__private::neopack::schema::Type::S16),
                    ::neorun::__private::neopack::schema::Field::new("a-s32",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("a-s64",
                    ::neorun::__private::neopack::schema::Type::S64),
                    ::neorun::__private::neopack::schema::Field::new("a-f32",
                    ::neorun::__private::neopack::schema::Type::F32),
                    ::neorun::__private::neopack::schema::Field::new("a-f64",
                    ::neorun::__private::neopack::schema::Type::F64),
                    ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::Char),
                    ::neorun::__private::neopack::schema::Field::new("s",
                    ::neorun::__private::neopack::schema::Type::String)]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("echo-lists", [("l",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("bytes",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("words",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U32))),
                    ::neorun::__private::neopack::schema::Field::new("signed",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::S64))),
                    ::neorun::__private::neopack::schema::Field::new("floats",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::F64))),
                    ::neorun::__private::neopack::schema::Field::new("chars",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Char))),
                    ::neorun::__private::neopack::schema::Field::new("bools",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Bool))),
                    ::neorun::__private::neopack::schema::Field::new("strings",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("nested",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U16))))),
                    ::neorun::__private::neopack::schema::Field::new("records",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("a-u8",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("a-u16",
                    ::neorun::__private::neopack::schema::Type::U16),
                    ::neorun::__private::neopack::schema::Field::new("a-u32",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("a-u64",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("a-s8",
                    ::neorun::__private::neopack::schema::Type::S8),
                    ::neorun::__private::neopack::schema::Field::new("a-s16",
                    ::neorun::__private::neopack::schema::Type::S16),
                    ::neorun::__private::neopack::schema::Field::new("a-s32",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("a-s64",
                    ::neorun::__private::neopack::schema::Type::S64),
                    ::neorun::__private::neopack::schema::Field::new("a-f32",
                    ::neorun::__private::neopack::schema::Type::F32),
                    ::neorun::__private::neopack::schema::Field::new("a-f64",
                    ::neorun::__private::neopack::schema::Type::F64),
                    ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::Char),
                    ::neorun::__private::neopack::schema::Field::new("s",
                    ::neorun::__private::neopack::schema::Type::String)]))))]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("bytes",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("words",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U32))),
                    ::neorun::__private::neopack::schema::Field::new("signed",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::S64))),
                    ::neorun::__private::neopack::schema::Field::new("floats",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::F64))),
                    ::neorun::__private::neopack::schema::Field::new("chars",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Char))),
                    ::neorun::__private::neopack::schema::Field::new("bools",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Bool))),
                    ::neorun::__private::neopack::schema::Field::new("strings",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("nested",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U16))))),
                    ::neorun::__private::neopack::schema::Field::new("records",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("a-u8",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("a-u16",
                    ::neorun::__private::neopack::schema::Type::U16),
                    ::neorun::__private::neopack::schema::Field::new("a-u32",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("a-u64",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("a-s8",
                    ::neorun::__private::neopack::schema::Type::S8),
                    ::neorun::__private::neopack::schema::Field::new("a-s16",
                    ::neorun::__private::neopack::schema::Type::S16),
                    ::neorun::__private::neopack::schema::Field::new("a-s32",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("a-s64",
                    ::neorun::__private::neopack::schema::Type::S64),
                    ::neorun::__private::neopack::schema::Field::new("a-f32",
                    ::neorun::__private::neopack::schema::Type::F32),
                    ::neorun::__private::neopack::schema::Field::new("a-f64",
                    ::neorun::__private::neopack::schema::Type::F64),
                    ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::Char),
                    ::neorun::__private::neopack::schema::Field::new("s",
                    ::neorun::__private::neopack::schema::Type::String)]))))]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("echo-deep", [("d",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::String]),
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok : ::core::option::Option::None, err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))) }))])))))))),
                    ::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("w",
                    ::neorun::__private::neopack::schema::Type::flags(["f0", "f1", "f2",
                    "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13",
                    "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23",
                    "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31"])),
                    ::neorun::__private::neopack::schema::Field::new("m",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)))))]))))),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("point",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::F32,
                    ::neorun::__private::neopack::schema::Type::F32]))),
                    ::neorun::__private::neopack::schema::Case::new("named",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("levels",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))))),
                    ::neorun::__private::neopack::schema::Case::new("nested",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    }))))]))))) }), ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::flags(["read",
                    "write", "exec", "sticky-bit"]))))))))]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::String]),
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok : ::core::option::Option::None, err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))) }))])))))))),
                    ::neorun::__private::neopack::schema::Field::new("b",
                    ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("w",
                    ::neorun::__private::neopack::schema::Type::flags(["f0", "f1", "f2",
                    "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13",
                    "f14", "f15", "f16", "f17", "f18", "f19", "f20", "f21", "f22", "f23",
                    "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31"])),
                    ::neorun::__private::neopack::schema::Field::new("m",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)))))]))))),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("point",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::F32,
                    ::neorun::__private::neopack::schema::Type::F32]))),
                    ::neorun::__private::neopack::schema::Case::new("named",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("levels",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))))),
                    ::neorun::__private::neopack::schema::Case::new("nested",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    }))))]))))) }), ::neorun::__private::neopack::schema::Field::new("c",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::flags(["read",
                    "write", "exec", "sticky-bit"]))))))))]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("many-params", [("a",
                    ::neorun::__private::neopack::schema::Type::Bool), ("b",
                    ::neorun::__private::neopack::schema::Type::U8), ("c",
                    ::neorun::__private::neopack::schema::Type::S16), ("d",
                    ::neorun::__private::neopack::schema::Type::F64), ("e",
                    ::neorun::__private::neopack::schema::Type::Char), ("f",
                    ::neorun::__private::neopack::schema::Type::String), ("g",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ("h",
                    ::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::String])), ("i",
                    ::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"])), ("j",
                    ::neorun::__private::neopack::schema::Type::flags(["read", "write",
                    "exec", "sticky-bit"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::String]))), err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("point",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::F32,
                    ::neorun::__private::neopack::schema::Type::F32]))),
                    ::neorun::__private::neopack::schema::Case::new("named",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("levels",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))))),
                    ::neorun::__private::neopack::schema::Case::new("nested",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    }))))]))) })), ::neorun::__private::neopack::schema::Function::new::
                    < & 'static str > ("unit-result", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok : ::core::option::Option::None, err :
                    ::core::option::Option::None })),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("ok-only", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U32)),
                    err : ::core::option::Option::None })),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("err-only", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok : ::core::option::Option::None, err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    })), ::neorun::__private::neopack::schema::Function::new:: < &
                    'static str > ("nothing", [("x",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("point",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::F32,
                    ::neorun::__private::neopack::schema::Type::F32]))),
                    ::neorun::__private::neopack::schema::Case::new("named",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("levels",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["low",
                    "mid", "high"]))))),
                    ::neorun::__private::neopack::schema::Case::new("nested",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    }))))]))))], ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("tuple-out", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::Bool,
                    ::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::Char]),
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::String])))])))
                ],
            ))
    }
    /// Links this interface's functions into `linker` as typed host functions that call
    /// the peer through `binding` (which must be bound to [`schema()`]).
    ///
    /// Works with any store type that implements `NeorunView` (neorun's `Host`, or a
    /// host's own type), next to the host's own functions and WASI.
    ///
    /// Arguments are lifted by wasmtime into Rust values and encoded straight into
    /// neopack; a reply is decoded and checked before it is lowered into the guest.
    ///
    /// # Errors
    /// When the linker refuses a definition (for example a name defined twice).
    pub fn add_to_linker<__T>(
        __linker: &mut ::neorun::__private::wasmtime::component::Linker<__T>,
        __binding: ::neorun::__private::Binding,
    ) -> ::neorun::__private::wasmtime::Result<()>
    where
        __T: ::neorun::__private::NeorunView + ::core::marker::Send + 'static,
    {
        let mut __inst = __linker.instance(NAME)?;
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "echo-scalars",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (Scalars,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Scalars = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    0usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "echo-lists",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (Lists,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Lists = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    1usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "echo-deep",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (Deep,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            2usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Deep = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    2usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "many-params",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (
                            __p0,
                            __p1,
                            __p2,
                            __p3,
                            __p4,
                            __p5,
                            __p6,
                            __p7,
                            __p8,
                            __p9,
                        ): (
                            bool,
                            u8,
                            i16,
                            f64,
                            char,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                            Pair,
                            Level,
                            Mode,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(
                                &__p0,
                                &__p1,
                                &__p2,
                                &__p3,
                                &__p4,
                                &__p5,
                                &__p6,
                                &__p7,
                                &__p8,
                                &__p9,
                            ),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Outcome = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    3usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "unit-result",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (): ()|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            4usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<(), ()> = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    4usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "ok-only",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (): ()|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            5usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<u32, ()> = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    5usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "err-only",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (): ()|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            6usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<(), ::std::string::String> = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    6usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "nothing",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (::core::option::Option<Shape>,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            7usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: () = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    7usize,
                                )
                                .await?;
                            ::core::result::Result::Ok(())
                        })
                    },
                )?;
        }
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "tuple-out",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (): ()|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            8usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (bool, (u8, char), ::std::vec::Vec<Pair>) = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    8usize,
                                )
                                .await?;
                            ::core::result::Result::Ok((__r,))
                        })
                    },
                )?;
        }
        let _ = &mut __inst;
        ::core::result::Result::Ok(())
    }
    /// The static stubs of this interface, for the runtime's instance builder.
    #[derive(
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::fmt::Debug,
        ::core::default::Default
    )]
    pub struct Stubs;
    impl<__T> ::neorun::__private::StaticInterface<__T> for Stubs
    where
        __T: ::neorun::__private::NeorunView + ::core::marker::Send + 'static,
    {
        fn schema(&self) -> &::neorun::__private::neopack::schema::Interface {
            schema()
        }
        fn add_to_linker(
            &self,
            __linker: &mut ::neorun::__private::wasmtime::component::Linker<__T>,
            __binding: ::neorun::__private::Binding,
        ) -> ::neorun::__private::wasmtime::Result<()> {
            add_to_linker(__linker, __binding)
        }
    }
    /// Serves this interface natively: one method per WIT function.
    ///
    /// Implement it (with `async fn`s) and export it with [`Server`].
    pub trait Handler: ::core::marker::Send + ::core::marker::Sync + 'static {
        fn echo_scalars(
            &self,
            s: Scalars,
        ) -> impl ::core::future::Future<Output = Scalars> + ::core::marker::Send;
        fn echo_lists(
            &self,
            l: Lists,
        ) -> impl ::core::future::Future<Output = Lists> + ::core::marker::Send;
        fn echo_deep(
            &self,
            d: Deep,
        ) -> impl ::core::future::Future<Output = Deep> + ::core::marker::Send;
        fn many_params(
            &self,
            a: bool,
            b: u8,
            c: i16,
            d: f64,
            e: char,
            f: ::std::string::String,
            g: ::std::vec::Vec<u8>,
            h: Pair,
            i: Level,
            j: Mode,
        ) -> impl ::core::future::Future<Output = Outcome> + ::core::marker::Send;
        fn unit_result(
            &self,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<(), ()>,
        > + ::core::marker::Send;
        fn ok_only(
            &self,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<u32, ()>,
        > + ::core::marker::Send;
        fn err_only(
            &self,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<(), ::std::string::String>,
        > + ::core::marker::Send;
        fn nothing(
            &self,
            x: ::core::option::Option<Shape>,
        ) -> impl ::core::future::Future<Output = ()> + ::core::marker::Send;
        fn tuple_out(
            &self,
        ) -> impl ::core::future::Future<
            Output = (bool, (u8, char), ::std::vec::Vec<Pair>),
        > + ::core::marker::Send;
    }
    /// A [`Handler`] as a neorun `Service`: arguments are decoded straight into typed
    /// values (malformed ones fail the call with `bad-arguments`), results encoded.
    pub struct Server<__H>(::std::sync::Arc<__H>);
    impl<__H: Handler> Server<__H> {
        /// Serves `handler`.
        pub fn new(handler: __H) -> Self {
            Self(::std::sync::Arc::new(handler))
        }
        /// Serves a shared `handler`.
        pub fn from_arc(handler: ::std::sync::Arc<__H>) -> Self {
            Self(handler)
        }
        /// The handler.
        pub fn handler(&self) -> &__H {
            &self.0
        }
    }
    impl<__H> ::core::fmt::Debug for Server<__H> {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct("Server").field("interface", &NAME).finish_non_exhaustive()
        }
    }
    impl<__H: Handler> ::neorun::__private::Service for Server<__H> {
        fn interfaces(&self) -> &[::neorun::__private::neopack::schema::Interface] {
            ::core::slice::from_ref(schema())
        }
        /// The typed decoding of the arguments checks them completely (tags, counts,
        /// UTF-8, canonical floats, case indexes, trailing bytes), so the server need
        /// not walk them against the schema first.
        fn decodes_strictly(&self, __iface: usize) -> bool {
            __iface == 0
        }
        fn call(
            &self,
            __iface: usize,
            __func: usize,
            __args: ::neorun::__private::Bytes,
        ) -> ::neorun::__private::BoxFuture<
            'static,
            ::core::result::Result<
                ::neorun::__private::Bytes,
                ::neorun::__private::Failure,
            >,
        > {
            if __iface != 0 {
                return ::neorun::__private::unknown_interface(__iface);
            }
            let __h = ::std::sync::Arc::clone(&self.0);
            match __func {
                0usize => {
                    match ::neorun::__private::decode_args::<
                        (Scalars,),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::echo_scalars(&*__h, __p0)
                                    .await;
                                ::neorun::__private::encode_reply(&__out, schema(), 0usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                1usize => {
                    match ::neorun::__private::decode_args::<
                        (Lists,),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::echo_lists(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 1usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                2usize => {
                    match ::neorun::__private::decode_args::<
                        (Deep,),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::echo_deep(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 2usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                3usize => {
                    match ::neorun::__private::decode_args::<
                        (
                            bool,
                            u8,
                            i16,
                            f64,
                            char,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                            Pair,
                            Level,
                            Mode,
                        ),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok(
                            (__p0, __p1, __p2, __p3, __p4, __p5, __p6, __p7, __p8, __p9),
                        ) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::many_params(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                        __p4,
                                        __p5,
                                        __p6,
                                        __p7,
                                        __p8,
                                        __p9,
                                    )
                                    .await;
                                ::neorun::__private::encode_reply(&__out, schema(), 3usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                4usize => {
                    match ::neorun::__private::decode_args::<
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 4usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::unit_result(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 4usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                5usize => {
                    match ::neorun::__private::decode_args::<
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 5usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::ok_only(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 5usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                6usize => {
                    match ::neorun::__private::decode_args::<
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 6usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::err_only(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 6usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                7usize => {
                    match ::neorun::__private::decode_args::<
                        (::core::option::Option<Shape>,),
                    >(&__args, schema(), 7usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::nothing(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 7usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                8usize => {
                    match ::neorun::__private::decode_args::<
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 8usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::tuple_out(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 8usize)
                            })
                        }
                        ::core::result::Result::Err(__e) => {
                            ::neorun::__private::fail_now(__e)
                        }
                    }
                }
                _ => ::neorun::__private::unknown_function(schema(), __func),
            }
        }
    }
    /// A typed client of this interface for native Rust code: one async method per WIT
    /// function, with the arguments encoded straight into neopack and the reply decoded
    /// and checked against the result type.
    ///
    /// ```ignore
    /// let client = Client::bind(&connection).await?;
    /// ```
    #[derive(::core::clone::Clone, ::core::fmt::Debug)]
    pub struct Client(::neorun::__private::Binding);
    impl Client {
        /// Binds this interface on `conn` (the server checks the schema) and returns
        /// its client.
        ///
        /// # Errors
        /// When the server does not export the interface to this client, or a
        /// function differs from the server's.
        pub async fn bind(
            conn: &::neorun::__private::Connection,
        ) -> ::core::result::Result<Self, ::neorun::__private::BindError> {
            ::core::result::Result::Ok(Self(conn.bind(schema()).await?))
        }
        /// A client over `binding`, which must be bound to [`schema()`].
        pub fn from_binding(binding: ::neorun::__private::Binding) -> Self {
            Self(binding)
        }
        /// The binding the calls go through.
        pub fn binding(&self) -> &::neorun::__private::Binding {
            &self.0
        }
        ///
        /// Calls `echo-scalars(s)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn echo_scalars(
            &self,
            __p0: Scalars,
        ) -> ::core::result::Result<Scalars, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `echo-lists(l)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn echo_lists(
            &self,
            __p0: Lists,
        ) -> ::core::result::Result<Lists, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    1usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `echo-deep(d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn echo_deep(
            &self,
            __p0: Deep,
        ) -> ::core::result::Result<Deep, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `many-params(a, b, c, d, e, f, g, h, i, j)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn many_params(
            &self,
            __p0: bool,
            __p1: u8,
            __p2: i16,
            __p3: f64,
            __p4: char,
            __p5: ::std::string::String,
            __p6: ::std::vec::Vec<u8>,
            __p7: Pair,
            __p8: Level,
            __p9: Mode,
        ) -> ::core::result::Result<Outcome, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    3usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(10u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p1,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p2,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p3,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p4,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p5,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p6,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p7,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p8,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p9,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `unit-result()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn unit_result(
            &self,
        ) -> ::core::result::Result<
            ::core::result::Result<(), ()>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    4usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `ok-only()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn ok_only(
            &self,
        ) -> ::core::result::Result<
            ::core::result::Result<u32, ()>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    5usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `err-only()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn err_only(
            &self,
        ) -> ::core::result::Result<
            ::core::result::Result<(), ::std::string::String>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    6usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `nothing(x)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn nothing(
            &self,
            __p0: ::core::option::Option<Shape>,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    7usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `tuple-out()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn tuple_out(
            &self,
        ) -> ::core::result::Result<
            (bool, (u8, char), ::std::vec::Vec<Pair>),
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    8usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
    }
}
