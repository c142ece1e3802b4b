const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/../neorun/wit/kv.wit"
    );
};
#[doc(hidden)]
#[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
mod __neorun_t2 {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// What `run` exercises.
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
    pub enum Op {
        #[component(name = "noop")]
        Noop,
        #[component(name = "get")]
        Get,
        #[component(name = "put")]
        Put,
        #[component(name = "selftest")]
        Selftest,
    }
    impl ::neorun::__private::neopack::codec::Encode for Op {
        fn encode(
            &self,
            __enc: &mut ::neorun::__private::neopack::Encoder,
        ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
            __enc
                .variant(
                    match self {
                        Self::Noop => 0u32,
                        Self::Get => 1u32,
                        Self::Put => 2u32,
                        Self::Selftest => 3u32,
                    },
                )?;
            __enc.unit()
        }
    }
    impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Op {
        fn decode(
            __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
        ) -> ::core::result::Result<Self, ::neorun::__private::neopack::DecodeError> {
            let __at = __dec.offset();
            let __v = match __dec.variant()? {
                0u32 => Self::Noop,
                1u32 => Self::Get,
                2u32 => Self::Put,
                3u32 => Self::Selftest,
                __case => {
                    return ::core::result::Result::Err(
                        ::neorun::__private::neopack::codec::case_out_of_range(
                            __at,
                            __case,
                            4u32,
                        ),
                    );
                }
            };
            __dec.unit()?;
            ::core::result::Result::Ok(__v)
        }
    }
}
pub use self::__neorun_t2::Op;
/// An in-memory key-value store: neorun's built-in system linkable.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod store {
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
        /// One stored value with its metadata.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(record)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub struct Entry {
            /// The key the entry is stored under.
            #[component(name = "key")]
            pub key: ::std::string::String,
            /// The stored bytes.
            #[component(name = "value")]
            pub value: ::std::vec::Vec<u8>,
            /// Free-form labels.
            #[component(name = "tags")]
            pub tags: ::std::vec::Vec<::std::string::String>,
            /// The writer's version of the entry (the store keeps it as given).
            #[component(name = "version")]
            pub version: u64,
        }
        impl ::neorun::__private::neopack::codec::Encode for Entry {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(4u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.key, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.value, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.tags, __enc)?;
                ::neorun::__private::neopack::codec::Encode::encode(
                    &self.version,
                    __enc,
                )?;
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
                ::neorun::__private::neopack::codec::begin_record(__dec, 4u32)?;
                let __v = Self {
                    key: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    value: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    tags: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                    version: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::Entry;
    #[doc(hidden)]
    #[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
    mod __neorun_t1 {
        #[allow(unused_imports)]
        use ::std::prelude::rust_2021::*;
        #[allow(unused_imports)]
        use ::core;
        #[allow(unused_imports)]
        use ::neorun::__private::wasmtime;
        /// Why a write was refused; a refused write changes nothing.
        #[derive(
            ::neorun::__private::wasmtime::component::ComponentType,
            ::neorun::__private::wasmtime::component::Lift,
            ::neorun::__private::wasmtime::component::Lower
        )]
        #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
        #[component(variant)]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
        pub enum KvError {
            /// The key is empty or longer than the store accepts (neorun's in-memory store: 4 KiB
            /// by default); the payload says which.
            #[component(name = "invalid-key")]
            InvalidKey(::std::string::String),
            /// The entry does not fit. The payload is the limit that was reached, in bytes: the
            /// largest value, or the largest entry (key, value and tags, each tag counted with a
            /// fixed overhead, so empty tags are not free); or, when the store is at its quota,
            /// the bytes it can still take (0 when it holds its maximum number of entries).
            #[component(name = "too-large")]
            TooLarge(u64),
        }
        impl ::neorun::__private::neopack::codec::Encode for KvError {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::InvalidKey(__x) => {
                        __enc.variant(0u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::TooLarge(__x) => {
                        __enc.variant(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for KvError {
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
                            Self::InvalidKey(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    1u32 => {
                        ::core::result::Result::Ok(
                            Self::TooLarge(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    __case => {
                        ::core::result::Result::Err(
                            ::neorun::__private::neopack::codec::case_out_of_range(
                                __at,
                                __case,
                                2u32,
                            ),
                        )
                    }
                }
            }
        }
    }
    pub use self::__neorun_t1::KvError;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "neorun:kv/store@0.1.0";
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
                    > ("noop", [], ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("get", [("key",
                    ::neorun::__private::neopack::schema::Type::String)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("key",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("value",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("tags",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("version",
                    ::neorun::__private::neopack::schema::Type::U64)]))))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("put", [("e",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("key",
                    ::neorun::__private::neopack::schema::Type::String),
                    ::neorun::__private::neopack::schema::Field::new("value",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ::neorun::__private::neopack::schema::Field::new("tags",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ::neorun::__private::neopack::schema::Field::new("version",
                    ::neorun::__private::neopack::schema::Type::U64)]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U64)),
                    err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("invalid-key",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Case::new("too-large",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U64))])))
                    })), ::neorun::__private::neopack::schema::Function::new:: < &
                    'static str > ("delete", [("key",
                    ::neorun::__private::neopack::schema::Type::String)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Bool)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("keys", [("prefix",
                    ::neorun::__private::neopack::schema::Type::String)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))))
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
                            0usize,
                            &::neorun::__private::NoArgs,
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: () = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    0usize,
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
                    "get",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (::std::string::String,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::option::Option<Entry> = ::neorun::__private::finish_call(
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
                    "put",
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
                            2usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<u64, KvError> = ::neorun::__private::finish_call(
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
                    "delete",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (::std::string::String,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: bool = ::neorun::__private::finish_call(
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
                    "keys",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (::std::string::String,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            4usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::std::vec::Vec<::std::string::String> = ::neorun::__private::finish_call(
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
        /// Does nothing: measures the fixed cost of a call.
        fn noop(
            &self,
        ) -> impl ::core::future::Future<Output = ()> + ::core::marker::Send;
        /// The entry stored under `key`, if any.
        fn get(
            &self,
            key: ::std::string::String,
        ) -> impl ::core::future::Future<
            Output = ::core::option::Option<Entry>,
        > + ::core::marker::Send;
        /// Stores `e` under `e.key`, replacing any previous entry; returns the store's new revision.
        fn put(
            &self,
            e: Entry,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<u64, KvError>,
        > + ::core::marker::Send;
        /// Removes the entry under `key`; true when there was one.
        fn delete(
            &self,
            key: ::std::string::String,
        ) -> impl ::core::future::Future<Output = bool> + ::core::marker::Send;
        /// Every key that starts with `prefix`, sorted.
        fn keys(
            &self,
            prefix: ::std::string::String,
        ) -> impl ::core::future::Future<
            Output = ::std::vec::Vec<::std::string::String>,
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
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::noop(&*__h).await;
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
                        (::std::string::String,),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::get(&*__h, __p0).await;
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
                        (Entry,),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::put(&*__h, __p0).await;
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
                        (::std::string::String,),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::delete(&*__h, __p0).await;
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
                        (::std::string::String,),
                    >(&__args, schema(), 4usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::keys(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 4usize)
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
        /// Does nothing: measures the fixed cost of a call.
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
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(0u32)?;
                        __enc.end_record()
                    },
                )
                .await
        }
        /// The entry stored under `key`, if any.
        ///
        /// Calls `get(key)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn get(
            &self,
            __p0: ::std::string::String,
        ) -> ::core::result::Result<
            ::core::option::Option<Entry>,
            ::neorun::__private::CallError,
        > {
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
        /// Stores `e` under `e.key`, replacing any previous entry; returns the store's new revision.
        ///
        /// Calls `put(e)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn put(
            &self,
            __p0: Entry,
        ) -> ::core::result::Result<
            ::core::result::Result<u64, KvError>,
            ::neorun::__private::CallError,
        > {
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
        /// Removes the entry under `key`; true when there was one.
        ///
        /// Calls `delete(key)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn delete(
            &self,
            __p0: ::std::string::String,
        ) -> ::core::result::Result<bool, ::neorun::__private::CallError> {
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
        /// Every key that starts with `prefix`, sorted.
        ///
        /// Calls `keys(prefix)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn keys(
            &self,
            __p0: ::std::string::String,
        ) -> ::core::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    4usize,
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
/// The functions `client` imports or exports directly (not through an interface).
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod client {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<
            (super::Op, u32),
            (::core::result::Result<u64, ::std::string::String>,),
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
            let __parent = ::core::option::Option::None;
            let _ = &__parent;
            ::core::result::Result::Ok(Self {
                __f0: {
                    let __name = "run";
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
        /// Runs `op` `n` times against the imported store and returns a checksum of the answers
        /// (for `selftest`: the number of checks that passed), or a description of the first
        /// answer that was wrong.
        ///
        /// Calls the guest's `run`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_run<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: super::Op,
            __p1: u32,
        ) -> ::neorun::__private::wasmtime::Result<
            ::core::result::Result<u64, ::std::string::String>,
        > {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// Typed access to everything `client` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The functions `client` exports directly.
    pub client: client::Guest,
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
            client: client::Guest::new(&mut __store, __instance)?,
        })
    }
}
