const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/keywords-all.wit"
    );
};
/// Rust keywords as every kind of name, and WIT keywords (escaped with `%`).
///
/// The world exports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod r#match {
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
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Self_ {
            #[component(name = "crate")]
            pub crate_: u32,
            #[component(name = "super")]
            pub super_: ::std::string::String,
            #[component(name = "type")]
            pub r#type: bool,
            #[component(name = "record")]
            pub record: u8,
            #[component(name = "func")]
            pub func: u16,
        }
        impl ::neorun::__private::neopack::codec::Encode for Self_ {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(5u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.crate_,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.super_,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.r#type,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.record,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.func, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Self_ {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 5u32)?;
                let __v = Self {
                    crate_: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    super_: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    r#type: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    record: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    func: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::Self_;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
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
        pub enum Impl {
            #[component(name = "self")]
            Self_(super::Self_),
            #[component(name = "crate")]
            Crate,
            #[component(name = "dyn")]
            Dyn(u32),
            #[component(name = "record")]
            Record,
            #[component(name = "interface")]
            Interface(::std::string::String),
        }
        impl ::neorun::__private::neopack::codec::Encode for Impl {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::Self_(__x) => {
                        __enc.variant(0u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Crate => {
                        __enc.variant(1u32)?;
                        __enc.unit()
                    }
                    Self::Dyn(__x) => {
                        __enc.variant(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Record => {
                        __enc.variant(3u32)?;
                        __enc.unit()
                    }
                    Self::Interface(__x) => {
                        __enc.variant(4u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Impl {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                match __dec.variant()? {
                    0u32 => {
                        ::core::result::Result::Ok(
                            Self::Self_(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    1u32 => {
                        __dec.unit()?;
                        ::core::result::Result::Ok(Self::Crate)
                    }
                    2u32 => {
                        ::core::result::Result::Ok(
                            Self::Dyn(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    3u32 => {
                        __dec.unit()?;
                        ::core::result::Result::Ok(Self::Record)
                    }
                    4u32 => {
                        ::core::result::Result::Ok(
                            Self::Interface(
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
    pub use self::__neorun_t1::Impl;
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
        pub enum Trait {
            #[component(name = "loop")]
            Loop,
            #[component(name = "while")]
            While,
            #[component(name = "static")]
            Static,
            #[component(name = "use")]
            Use,
            #[component(name = "world")]
            World,
        }
        impl ::neorun::__private::neopack::codec::Encode for Trait {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::Loop => 0u32,
                            Self::While => 1u32,
                            Self::Static => 2u32,
                            Self::Use => 3u32,
                            Self::World => 4u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Trait {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::Loop,
                    1u32 => Self::While,
                    2u32 => Self::Static,
                    3u32 => Self::Use,
                    4u32 => Self::World,
                    __case => {
                        return ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                5u32,
                            ),
                        );
                    }
                };
                __dec.unit()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t2::Trait;
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
            Struct { #[component(name = "move")] const MOVE; #[component(name = "ref")]
            const REF; #[component(name = "mut")] const MUT; #[component(name = "list")]
            const LIST; #[component(name = "string")] const STRING; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Struct {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(5u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Struct {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 5u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::MOVE;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::REF;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::MUT;
                }
                if __bits & 8u64 != 0 {
                    __v = __v | Self::LIST;
                }
                if __bits & 16u64 != 0 {
                    __v = __v | Self::STRING;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t3::Struct;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t4 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        pub type Where = ::std::vec::Vec<super::Self_>;
    }
    pub use self::__neorun_t4::Where;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t5 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        pub type RecordAlias = super::Self_;
    }
    pub use self::__neorun_t5::RecordAlias;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "type:enum/match@0.1.0";
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
                    > ("fn", [("self",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("crate",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("super",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("record",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("func",
                    ::neorun::__private::neopack::schema::Type::U16)])), ("crate",
                    ::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("self",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("crate",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("super",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("record",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("func",
                    ::neorun::__private::neopack::schema::Type::U16)]))),
                    ::neorun::__private::neopack::schema::Case::new("crate",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("dyn",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U32)),
                    ::neorun::__private::neopack::schema::Case::new("record",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("interface",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String))])),
                    ("super",
                    ::neorun::__private::neopack::schema::Type::enumeration(["loop",
                    "while", "static", "use", "world"])), ("in",
                    ::neorun::__private::neopack::schema::Type::flags(["move", "ref",
                    "mut", "list", "string"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("crate",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("super",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("record",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("func",
                    ::neorun::__private::neopack::schema::Type::U16)]))))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("loop", [("type",
                    ::neorun::__private::neopack::schema::Type::U32), ("fn",
                    ::neorun::__private::neopack::schema::Type::String), ("async",
                    ::neorun::__private::neopack::schema::Type::Bool), ("await",
                    ::neorun::__private::neopack::schema::Type::U64)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("crate",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("super",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("record",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("func",
                    ::neorun::__private::neopack::schema::Type::U16)]))))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("use", [("record",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("crate",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("super",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("record",
                    ::neorun::__private::neopack::schema::Type::U8),
                    ::neorun::__private::neopack::schema::Field::new("func",
                    ::neorun::__private::neopack::schema::Type::U16)]))],
                    ::core::option::Option::None)
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
                    "fn",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1, __p2, __p3): (Self_, Impl, Trait, Struct)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Where = ::neorun::__private::finish_call(
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
                    "loop",
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
                        ): (u32, ::std::string::String, bool, u64)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::option::Option<Self_> = ::neorun::__private::finish_call(
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
                    "use",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (RecordAlias,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            2usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: () = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    2usize,
                                )
                                .await?;
                            ::core::result::Result::Ok(())
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
        fn r#fn(
            &self,
            self_: Self_,
            crate_: Impl,
            super_: Trait,
            r#in: Struct,
        ) -> impl ::core::future::Future<Output = Where> + ::core::marker::Send;
        fn r#loop(
            &self,
            r#type: u32,
            r#fn: ::std::string::String,
            r#async: bool,
            r#await: u64,
        ) -> impl ::core::future::Future<
            Output = ::core::option::Option<Self_>,
        > + ::core::marker::Send;
        fn r#use(
            &self,
            record: RecordAlias,
        ) -> impl ::core::future::Future<Output = ()> + ::core::marker::Send;
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
                        (Self_, Impl, Trait, Struct),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#fn(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                    )
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
                        (u32, ::std::string::String, bool, u64),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#loop(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                    )
                                    .await;
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
                        (RecordAlias,),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#use(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 2usize)
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
        /// Calls `fn(self, crate, super, in)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#fn(
            &self,
            __p0: Self_,
            __p1: Impl,
            __p2: Trait,
            __p3: Struct,
        ) -> ::core::result::Result<Where, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(4u32)?;
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
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `loop(type, fn, async, await)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#loop(
            &self,
            __p0: u32,
            __p1: ::std::string::String,
            __p2: bool,
            __p3: u64,
        ) -> ::core::result::Result<
            ::core::option::Option<Self_>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    1usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(4u32)?;
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
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `use(record)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#use(
            &self,
            __p0: RecordAlias,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
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
    }
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<
            (Self_, Impl, Trait, Struct),
            (Where,),
        >,
        __f1: ::neorun::__private::wasmtime::component::TypedFunc<
            (u32, ::std::string::String, bool, u64),
            (::core::option::Option<Self_>,),
        >,
        __f2: ::neorun::__private::wasmtime::component::TypedFunc<(RecordAlias,), ()>,
    }
    impl ::core::fmt::Debug for Guest {
        fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            __f.debug_struct("Guest").finish_non_exhaustive()
        }
    }
    impl Guest {
        /// Finds every function among `instance`'s exports and checks its type.
        ///
        /// # Errors
        /// When the component does not export one of them, or exports it with another
        /// signature.
        pub fn new(
            mut __store: impl ::neorun::__private::wasmtime::AsContextMut,
            __instance: &::neorun::__private::wasmtime::component::Instance,
        ) -> ::neorun::__private::wasmtime::Result<Self> {
            let __parent = {
                let __i = __instance
                    .get_export_index(&mut __store, None, NAME)
                    .ok_or_else(|| {
                        ::neorun::__private::wasmtime::format_err!(
                            "the component does not export the interface `{}`", NAME
                        )
                    })?;
                ::core::option::Option::Some(__i)
            };
            let _ = &__parent;
            ::core::result::Result::Ok(Self {
                __f0: {
                    let __name = "fn";
                    let __index = __instance
                        .get_export_index(&mut __store, __parent.as_ref(), __name)
                        .ok_or_else(|| {
                            ::neorun::__private::wasmtime::format_err!(
                                "the component does not export `{}`", __name
                            )
                        })?;
                    __instance
                        .get_typed_func(&mut __store, &__index)
                        .map_err(|__e| {
                            __e.context(::std::format!("export `{}`", __name))
                        })?
                },
                __f1: {
                    let __name = "loop";
                    let __index = __instance
                        .get_export_index(&mut __store, __parent.as_ref(), __name)
                        .ok_or_else(|| {
                            ::neorun::__private::wasmtime::format_err!(
                                "the component does not export `{}`", __name
                            )
                        })?;
                    __instance
                        .get_typed_func(&mut __store, &__index)
                        .map_err(|__e| {
                            __e.context(::std::format!("export `{}`", __name))
                        })?
                },
                __f2: {
                    let __name = "use";
                    let __index = __instance
                        .get_export_index(&mut __store, __parent.as_ref(), __name)
                        .ok_or_else(|| {
                            ::neorun::__private::wasmtime::format_err!(
                                "the component does not export `{}`", __name
                            )
                        })?;
                    __instance
                        .get_typed_func(&mut __store, &__index)
                        .map_err(|__e| {
                            __e.context(::std::format!("export `{}`", __name))
                        })?
                },
            })
        }
        ///
        /// Calls the guest's `fn`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_fn<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: Self_,
            __p1: Impl,
            __p2: Trait,
            __p3: Struct,
        ) -> ::neorun::__private::wasmtime::Result<Where> {
            let (__r,) = self
                .__f0
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `loop`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_loop<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: u32,
            __p1: ::std::string::String,
            __p2: bool,
            __p3: u64,
        ) -> ::neorun::__private::wasmtime::Result<::core::option::Option<Self_>> {
            let (__r,) = self
                .__f1
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `use`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_use<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: RecordAlias,
        ) -> ::neorun::__private::wasmtime::Result<()> {
            let () = self.__f2.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(())
        }
    }
}
/// Typed access to everything `super` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The guest's `type:enum/match@0.1.0`.
    pub r#match: r#match::Guest,
}
impl Exports {
    /// Finds and type-checks every export of the world in `instance`.
    ///
    /// # Errors
    /// When an export is missing or has another signature.
    pub fn new(
        mut __store: impl ::neorun::__private::wasmtime::AsContextMut,
        __instance: &::neorun::__private::wasmtime::component::Instance,
    ) -> ::neorun::__private::wasmtime::Result<Self> {
        ::core::result::Result::Ok(Self {
            r#match: r#match::Guest::new(&mut __store, __instance)?,
        })
    }
}
