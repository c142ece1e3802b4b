const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/keywords.wit"
    );
};
/// Identifiers that are Rust keywords.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod r#type {
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
            #[component(name = "type")]
            pub r#type: u32,
            #[component(name = "match")]
            pub r#match: ::std::string::String,
            #[component(name = "fn")]
            pub r#fn: bool,
            #[component(name = "kebab-case-field")]
            pub kebab_case_field: u8,
        }
        impl ::neorun::__private::neopack::codec::Encode for Self_ {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(4u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.r#type,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.r#match,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.r#fn, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.kebab_case_field,
                    __enc,
                )?;
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
                ::neorun::__private::neopack::codec::begin_record(__dec, 4u32)?;
                let __v = Self {
                    r#type: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    r#match: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    r#fn: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    kebab_case_field: ::neorun::__private::neopack::codec::Decode::decode(
                        __dec,
                    )?,
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
        pub enum Enum {
            #[component(name = "type")]
            Type(super::Self_),
            #[component(name = "match")]
            Match,
            #[component(name = "loop-forever")]
            LoopForever(u64),
        }
        impl ::neorun::__private::neopack::codec::Encode for Enum {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::Type(__x) => {
                        __enc.variant(0u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Match => {
                        __enc.variant(1u32)?;
                        __enc.unit()
                    }
                    Self::LoopForever(__x) => {
                        __enc.variant(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Enum {
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
                            Self::Type(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    1u32 => {
                        __dec.unit()?;
                        ::core::result::Result::Ok(Self::Match)
                    }
                    2u32 => {
                        ::core::result::Result::Ok(
                            Self::LoopForever(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    __case => {
                        ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                3u32,
                            ),
                        )
                    }
                }
            }
        }
    }
    pub use self::__neorun_t1::Enum;
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
        pub enum Use {
            #[component(name = "as")]
            As,
            #[component(name = "async")]
            Async,
            #[component(name = "await")]
            Await,
            #[component(name = "crate")]
            Crate,
            #[component(name = "super")]
            Super,
        }
        impl ::neorun::__private::neopack::codec::Encode for Use {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::As => 0u32,
                            Self::Async => 1u32,
                            Self::Await => 2u32,
                            Self::Crate => 3u32,
                            Self::Super => 4u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Use {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::As,
                    1u32 => Self::Async,
                    2u32 => Self::Await,
                    3u32 => Self::Crate,
                    4u32 => Self::Super,
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
    pub use self::__neorun_t2::Use;
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
            Mod { #[component(name = "type")] const TYPE; #[component(name = "match")]
            const MATCH; #[component(name = "fn")] const FN; #[component(name = "self")]
            const SELF; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Mod {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(4u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Mod {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 4u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::TYPE;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::MATCH;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::FN;
                }
                if __bits & 8u64 != 0 {
                    __v = __v | Self::SELF;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t3::Mod;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:keywords/type";
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
                    > ("match", [("self",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("match",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("fn",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("kebab-case-field",
                    ::neorun::__private::neopack::schema::Type::U8)])), ("type",
                    ::neorun::__private::neopack::schema::Type::String), ("fn",
                    ::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("type",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("type",
                    ::neorun::__private::neopack::schema::Type::U32),
                    ::neorun::__private::neopack::schema::Field::new("match",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("fn",
                    ::neorun::__private::neopack::schema::Type::Bool),
                    ::neorun::__private::neopack::schema::Field::new("kebab-case-field",
                    ::neorun::__private::neopack::schema::Type::U8)]))),
                    ::neorun::__private::neopack::schema::Case::new("match",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("loop-forever",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U64))]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::enumeration(["as",
                    "async", "await", "crate", "super"]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("fn", [("mod",
                    ::neorun::__private::neopack::schema::Type::flags(["type", "match",
                    "fn", "self"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::flags(["type",
                    "match", "fn", "self"]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("async", [], ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("self-test", [("in",
                    ::neorun::__private::neopack::schema::Type::U32)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U32))
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
                    "match",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1, __p2): (Self_, ::std::string::String, Enum)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1, &__p2),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Use = ::neorun::__private::finish_call(
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
                    "fn",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (Mod,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: Mod = ::neorun::__private::finish_call(
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
                    "async",
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
                            2usize,
                            &::neorun::__private::NoArgs,
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
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "self-test",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (u32,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: u32 = ::neorun::__private::finish_call(
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
        fn r#match(
            &self,
            self_: Self_,
            r#type: ::std::string::String,
            r#fn: Enum,
        ) -> impl ::core::future::Future<Output = Use> + ::core::marker::Send;
        fn r#fn(
            &self,
            r#mod: Mod,
        ) -> impl ::core::future::Future<Output = Mod> + ::core::marker::Send;
        fn r#async(
            &self,
        ) -> impl ::core::future::Future<Output = ()> + ::core::marker::Send;
        fn self_test(
            &self,
            r#in: u32,
        ) -> impl ::core::future::Future<Output = u32> + ::core::marker::Send;
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
                        (Self_, ::std::string::String, Enum),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#match(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
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
                        (Mod,),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#fn(&*__h, __p0).await;
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
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#async(&*__h).await;
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
                        (u32,),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::self_test(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 3usize)
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
        /// Calls `match(self, type, fn)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#match(
            &self,
            __p0: Self_,
            __p1: ::std::string::String,
            __p2: Enum,
        ) -> ::core::result::Result<Use, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(3u32)?;
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
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `fn(mod)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#fn(
            &self,
            __p0: Mod,
        ) -> ::core::result::Result<Mod, ::neorun::__private::CallError> {
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
        /// Calls `async()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#async(
            &self,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `self-test(in)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn self_test(
            &self,
            __p0: u32,
        ) -> ::core::result::Result<u32, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    3usize,
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
}
