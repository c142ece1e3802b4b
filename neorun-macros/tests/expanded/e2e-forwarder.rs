const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/e2e.wit"
    );
};
/// What the end-to-end component imports.
///
/// The world imports and exports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod api {
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
        /// A colour.
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
        pub enum Color {
            #[component(name = "red")]
            Red,
            #[component(name = "green")]
            Green,
            #[component(name = "blue-ish")]
            BlueIsh,
        }
        impl ::neorun::__private::neopack::codec::Encode for Color {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::Red => 0u32,
                            Self::Green => 1u32,
                            Self::BlueIsh => 2u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Color {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::Red,
                    1u32 => Self::Green,
                    2u32 => Self::BlueIsh,
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
    pub use self::__neorun_t0::Color;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        ::neorun::__private::wasmtime::component::flags! {
            Perms { #[component(name = "read")] const READ; #[component(name = "write")]
            const WRITE; #[component(name = "exec-all")] const EXEC_ALL; }
        }
        impl ::neorun::__private::neopack::codec::Encode for Perms {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(3u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Perms {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 3u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::READ;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::WRITE;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::EXEC_ALL;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t1::Perms;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t2 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// An entry.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Entry {
            #[component(name = "key")]
            pub key: ::std::string::String,
            #[component(name = "value")]
            pub value: ::std::vec::Vec<u8>,
            #[component(name = "tags")]
            pub tags: ::std::vec::Vec<::std::string::String>,
            #[component(name = "version")]
            pub version: u64,
            #[component(name = "color")]
            pub color: super::Color,
            #[component(name = "perms")]
            pub perms: super::Perms,
        }
        impl ::neorun::__private::neopack::codec::Encode for Entry {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(6u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.key, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.value, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.tags, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.version,
                    __enc,
                )?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.color, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.perms, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Entry {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 6u32)?;
                let __v = Self {
                    key: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    value: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    tags: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    version: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    color: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    perms: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t2::Entry;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t3 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// Why `mirror` refused.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(variant)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub enum Failure {
            #[component(name = "not-found")]
            NotFound,
            #[component(name = "io")]
            Io(::std::string::String),
            #[component(name = "code")]
            Code(u32),
        }
        impl ::neorun::__private::neopack::codec::Encode for Failure {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::NotFound => {
                        __enc.variant(0u32)?;
                        __enc.unit()
                    }
                    Self::Io(__x) => {
                        __enc.variant(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Code(__x) => {
                        __enc.variant(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Failure {
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
                        ::core::result::Result::Ok(Self::NotFound)
                    }
                    1u32 => {
                        ::core::result::Result::Ok(
                            Self::Io(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    2u32 => {
                        ::core::result::Result::Ok(
                            Self::Code(
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
    pub use self::__neorun_t3::Failure;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "test:e2e/api";
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
                    > ("add", [("a", ::neorun::__private::neopack::schema::Type::U32),
                    ("b", ::neorun::__private::neopack::schema::Type::U32)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U32)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("noop", [], ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("echo", [("s",
                    ::neorun::__private::neopack::schema::Type::String), ("b",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::String,
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("mirror", [("e",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("key",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("value",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("tags",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("version",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("color",
                    ::neorun::__private::neopack::schema::Type::enumeration(["red",
                    "green", "blue-ish"])),
                    ::neorun::__private::neopack::schema::Field::new("perms",
                    ::neorun::__private::neopack::schema::Type::flags(["read", "write",
                    "exec-all"]))]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("key",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("value",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("tags",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("version",
                    ::neorun::__private::neopack::schema::Type::U64),
                    ::neorun::__private::neopack::schema::Field::new("color",
                    ::neorun::__private::neopack::schema::Type::enumeration(["red",
                    "green", "blue-ish"])),
                    ::neorun::__private::neopack::schema::Field::new("perms",
                    ::neorun::__private::neopack::schema::Type::flags(["read", "write",
                    "exec-all"]))]))), err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("not-found",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("io",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("code",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U32))])))
                    }))
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
                    "add",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1): (u32, u32)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: u32 = ::neorun::__private::finish_call(
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
                    "noop",
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
                            1usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: () = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    1usize,
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
                    "echo",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1): (::std::string::String, ::std::vec::Vec<u8>)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            2usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (::std::string::String, ::std::vec::Vec<u8>) = ::neorun::__private::finish_call(
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
                    "mirror",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (Entry,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<Entry, Failure> = ::neorun::__private::finish_call(
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
        /// `a + b`, wrapping.
        fn add(
            &self,
            a: u32,
            b: u32,
        ) -> impl ::core::future::Future<Output = u32> + ::core::marker::Send;
        /// Nothing.
        fn noop(
            &self,
        ) -> impl ::core::future::Future<Output = ()> + ::core::marker::Send;
        /// The text upper-cased and the bytes reversed.
        fn echo(
            &self,
            s: ::std::string::String,
            b: ::std::vec::Vec<u8>,
        ) -> impl ::core::future::Future<
            Output = (::std::string::String, ::std::vec::Vec<u8>),
        > + ::core::marker::Send;
        /// The entry, amended, or a failure chosen by its key.
        fn mirror(
            &self,
            e: Entry,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<Entry, Failure>,
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
                        (u32, u32),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::add(&*__h, __p0, __p1).await;
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
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::noop(&*__h).await;
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
                        (::std::string::String, ::std::vec::Vec<u8>),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::echo(&*__h, __p0, __p1).await;
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
                        (Entry,),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::mirror(&*__h, __p0).await;
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
        /// `a + b`, wrapping.
        ///
        /// Calls `add(a, b)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn add(
            &self,
            __p0: u32,
            __p1: u32,
        ) -> ::core::result::Result<u32, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p1,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        /// Nothing.
        ///
        /// Calls `noop()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn noop(
            &self,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    1usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        /// The text upper-cased and the bytes reversed.
        ///
        /// Calls `echo(s, b)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn echo(
            &self,
            __p0: ::std::string::String,
            __p1: ::std::vec::Vec<u8>,
        ) -> ::core::result::Result<
            (::std::string::String, ::std::vec::Vec<u8>),
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p0,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p1,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        /// The entry, amended, or a failure chosen by its key.
        ///
        /// Calls `mirror(e)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn mirror(
            &self,
            __p0: Entry,
        ) -> ::core::result::Result<
            ::core::result::Result<Entry, Failure>,
            ::neorun::__private::CallError,
        > {
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
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<(u32, u32), (u32,)>,
        __f1: ::neorun::__private::wasmtime::component::TypedFunc<(), ()>,
        __f2: ::neorun::__private::wasmtime::component::TypedFunc<
            (::std::string::String, ::std::vec::Vec<u8>),
            ((::std::string::String, ::std::vec::Vec<u8>),),
        >,
        __f3: ::neorun::__private::wasmtime::component::TypedFunc<
            (Entry,),
            (::core::result::Result<Entry, Failure>,),
        >,
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
                    let __name = "add";
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
                    let __name = "noop";
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
                    let __name = "echo";
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
                __f3: {
                    let __name = "mirror";
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
        /// `a + b`, wrapping.
        ///
        /// Calls the guest's `add`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_add<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: u32,
            __p1: u32,
        ) -> ::neorun::__private::wasmtime::Result<u32> {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
        /// Nothing.
        ///
        /// Calls the guest's `noop`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_noop<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(&self, mut __store: __S) -> ::neorun::__private::wasmtime::Result<()> {
            let () = self.__f1.call_async(&mut __store, ()).await?;
            ::core::result::Result::Ok(())
        }
        /// The text upper-cased and the bytes reversed.
        ///
        /// Calls the guest's `echo`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_echo<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::std::string::String,
            __p1: ::std::vec::Vec<u8>,
        ) -> ::neorun::__private::wasmtime::Result<
            (::std::string::String, ::std::vec::Vec<u8>),
        > {
            let (__r,) = self.__f2.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
        /// The entry, amended, or a failure chosen by its key.
        ///
        /// Calls the guest's `mirror`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_mirror<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: Entry,
        ) -> ::neorun::__private::wasmtime::Result<
            ::core::result::Result<Entry, Failure>,
        > {
            let (__r,) = self.__f3.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// The functions `forwarder` imports or exports directly (not through an interface).
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod forwarder {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "test:e2e/forwarder";
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
                    > ("tick", [("n", ::neorun::__private::neopack::schema::Type::U32)],
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
        let mut __inst = __linker.root();
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "tick",
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
                            0usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: u32 = ::neorun::__private::finish_call(
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
        fn tick(
            &self,
            n: u32,
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
                        (u32,),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::tick(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 0usize)
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
        /// Calls `tick(n)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn tick(
            &self,
            __p0: u32,
        ) -> ::core::result::Result<u32, ::neorun::__private::CallError> {
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
    }
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<(u32,), (u32,)>,
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
            let __parent = ::core::option::Option::None;
            let _ = &__parent;
            ::core::result::Result::Ok(Self {
                __f0: {
                    let __name = "tick";
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
        /// Calls the guest's `tick`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_tick<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: u32,
        ) -> ::neorun::__private::wasmtime::Result<u32> {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// Typed access to everything `forwarder` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The guest's `test:e2e/api`.
    pub api: api::Guest,
    /// The functions `forwarder` exports directly.
    pub forwarder: forwarder::Guest,
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
            api: api::Guest::new(&mut __store, __instance)?,
            forwarder: forwarder::Guest::new(&mut __store, __instance)?,
        })
    }
}
