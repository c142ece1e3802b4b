const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/every-type.wit"
    );
};
/// Every WIT value type, as parameters and as results.
///
/// The world exports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod scalars {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:every-type/scalars";
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
                    > ("bools", [("a",
                    ::neorun::__private::neopack::schema::Type::Bool)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Bool)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("unsigned", [("a",
                    ::neorun::__private::neopack::schema::Type::U8), ("b",
                    ::neorun::__private::neopack::schema::Type::U16), ("c",
                    ::neorun::__private::neopack::schema::Type::U32), ("d",
                    ::neorun::__private::neopack::schema::Type::U64)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U16,
                    ::neorun::__private::neopack::schema::Type::U32,
                    ::neorun::__private::neopack::schema::Type::U64]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("signed", [("a", ::neorun::__private::neopack::schema::Type::S8),
                    ("b", ::neorun::__private::neopack::schema::Type::S16), ("c",
                    ::neorun::__private::neopack::schema::Type::S32), ("d",
                    ::neorun::__private::neopack::schema::Type::S64)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::S8,
                    ::neorun::__private::neopack::schema::Type::S16,
                    ::neorun::__private::neopack::schema::Type::S32,
                    ::neorun::__private::neopack::schema::Type::S64]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("floats", [("a", ::neorun::__private::neopack::schema::Type::F32),
                    ("b", ::neorun::__private::neopack::schema::Type::F64)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::F32,
                    ::neorun::__private::neopack::schema::Type::F64]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("chars", [("a",
                    ::neorun::__private::neopack::schema::Type::Char)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Char)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("strings", [("a",
                    ::neorun::__private::neopack::schema::Type::String)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String))
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
                    "bools",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (bool,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: bool = ::neorun::__private::finish_call(
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
                    "unsigned",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1, __p2, __p3): (u8, u16, u32, u64)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (u8, u16, u32, u64) = ::neorun::__private::finish_call(
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
                    "signed",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1, __p2, __p3): (i8, i16, i32, i64)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            2usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (i8, i16, i32, i64) = ::neorun::__private::finish_call(
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
                    "floats",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1): (f32, f64)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (f32, f64) = ::neorun::__private::finish_call(
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
                    "chars",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0,): (char,)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            4usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: char = ::neorun::__private::finish_call(
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
                    "strings",
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
                            5usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::std::string::String = ::neorun::__private::finish_call(
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
        fn bools(
            &self,
            a: bool,
        ) -> impl ::core::future::Future<Output = bool> + ::core::marker::Send;
        fn unsigned(
            &self,
            a: u8,
            b: u16,
            c: u32,
            d: u64,
        ) -> impl ::core::future::Future<
            Output = (u8, u16, u32, u64),
        > + ::core::marker::Send;
        fn signed(
            &self,
            a: i8,
            b: i16,
            c: i32,
            d: i64,
        ) -> impl ::core::future::Future<
            Output = (i8, i16, i32, i64),
        > + ::core::marker::Send;
        fn floats(
            &self,
            a: f32,
            b: f64,
        ) -> impl ::core::future::Future<Output = (f32, f64)> + ::core::marker::Send;
        fn chars(
            &self,
            a: char,
        ) -> impl ::core::future::Future<Output = char> + ::core::marker::Send;
        fn strings(
            &self,
            a: ::std::string::String,
        ) -> impl ::core::future::Future<
            Output = ::std::string::String,
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
                        (bool,),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::bools(&*__h, __p0).await;
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
                        (u8, u16, u32, u64),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::unsigned(
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
                        (i8, i16, i32, i64),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::signed(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                    )
                                    .await;
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
                        (f32, f64),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::floats(&*__h, __p0, __p1)
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
                        (char,),
                    >(&__args, schema(), 4usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::chars(&*__h, __p0).await;
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
                        (::std::string::String,),
                    >(&__args, schema(), 5usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::strings(&*__h, __p0).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 5usize)
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
        /// Calls `bools(a)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn bools(
            &self,
            __p0: bool,
        ) -> ::core::result::Result<bool, ::neorun::__private::CallError> {
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
        /// Calls `unsigned(a, b, c, d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn unsigned(
            &self,
            __p0: u8,
            __p1: u16,
            __p2: u32,
            __p3: u64,
        ) -> ::core::result::Result<
            (u8, u16, u32, u64),
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
        /// Calls `signed(a, b, c, d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn signed(
            &self,
            __p0: i8,
            __p1: i16,
            __p2: i32,
            __p3: i64,
        ) -> ::core::result::Result<
            (i8, i16, i32, i64),
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
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
        /// Calls `floats(a, b)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn floats(
            &self,
            __p0: f32,
            __p1: f64,
        ) -> ::core::result::Result<(f32, f64), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    3usize,
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
        ///
        /// Calls `chars(a)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn chars(
            &self,
            __p0: char,
        ) -> ::core::result::Result<char, ::neorun::__private::CallError> {
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
        ///
        /// Calls `strings(a)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn strings(
            &self,
            __p0: ::std::string::String,
        ) -> ::core::result::Result<
            ::std::string::String,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    5usize,
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
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<(bool,), (bool,)>,
        __f1: ::neorun::__private::wasmtime::component::TypedFunc<
            (u8, u16, u32, u64),
            ((u8, u16, u32, u64),),
        >,
        __f2: ::neorun::__private::wasmtime::component::TypedFunc<
            (i8, i16, i32, i64),
            ((i8, i16, i32, i64),),
        >,
        __f3: ::neorun::__private::wasmtime::component::TypedFunc<
            (f32, f64),
            ((f32, f64),),
        >,
        __f4: ::neorun::__private::wasmtime::component::TypedFunc<(char,), (char,)>,
        __f5: ::neorun::__private::wasmtime::component::TypedFunc<
            (::std::string::String,),
            (::std::string::String,),
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
                    let __name = "bools";
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
                    let __name = "unsigned";
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
                    let __name = "signed";
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
                    let __name = "floats";
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
                __f4: {
                    let __name = "chars";
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
                __f5: {
                    let __name = "strings";
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
        /// Calls the guest's `bools`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_bools<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: bool,
        ) -> ::neorun::__private::wasmtime::Result<bool> {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `unsigned`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_unsigned<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: u8,
            __p1: u16,
            __p2: u32,
            __p3: u64,
        ) -> ::neorun::__private::wasmtime::Result<(u8, u16, u32, u64)> {
            let (__r,) = self
                .__f1
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `signed`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_signed<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: i8,
            __p1: i16,
            __p2: i32,
            __p3: i64,
        ) -> ::neorun::__private::wasmtime::Result<(i8, i16, i32, i64)> {
            let (__r,) = self
                .__f2
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `floats`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_floats<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: f32,
            __p1: f64,
        ) -> ::neorun::__private::wasmtime::Result<(f32, f64)> {
            let (__r,) = self.__f3.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `chars`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_chars<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: char,
        ) -> ::neorun::__private::wasmtime::Result<char> {
            let (__r,) = self.__f4.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `strings`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_strings<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::std::string::String,
        ) -> ::neorun::__private::wasmtime::Result<::std::string::String> {
            let (__r,) = self.__f5.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// The world exports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod compound {
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
        pub struct R {
            #[component(name = "a")]
            pub a: u32,
        }
        impl ::neorun::__private::neopack::codec::Encode for R {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc.begin_record(1u32)?;
                ::neorun::__private::neopack::codec::Encode::encode(&self.a, __enc)?;
                __enc.end_record()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for R {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                ::neorun::__private::neopack::codec::begin_record(__dec, 1u32)?;
                let __v = Self {
                    a: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                };
                __dec.end()?;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t0::R;
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
        pub enum V {
            #[component(name = "none")]
            None,
            #[component(name = "some")]
            Some(super::R),
            #[component(name = "many")]
            Many(::std::vec::Vec<super::R>),
        }
        impl ::neorun::__private::neopack::codec::Encode for V {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                match self {
                    Self::None => {
                        __enc.variant(0u32)?;
                        __enc.unit()
                    }
                    Self::Some(__x) => {
                        __enc.variant(1u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                    Self::Many(__x) => {
                        __enc.variant(2u32)?;
                        ::neorun::__private::neopack::codec::Encode::encode(__x, __enc)
                    }
                }
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for V {
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
                            Self::Some(
                                ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                            ),
                        )
                    }
                    2u32 => {
                        ::core::result::Result::Ok(
                            Self::Many(
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
    pub use self::__neorun_t1::V;
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
        pub enum E {
            #[component(name = "a")]
            A,
            #[component(name = "b")]
            B,
            #[component(name = "c")]
            C,
        }
        impl ::neorun::__private::neopack::codec::Encode for E {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                __enc
                    .variant(
                        match self {
                            Self::A => 0u32,
                            Self::B => 1u32,
                            Self::C => 2u32,
                        },
                    )?;
                __enc.unit()
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for E {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __at = __dec.offset();
                let __v = match __dec.variant()? {
                    0u32 => Self::A,
                    1u32 => Self::B,
                    2u32 => Self::C,
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
    pub use self::__neorun_t2::E;
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
            F { #[component(name = "x")] const X; #[component(name = "y")] const Y;
            #[component(name = "z")] const Z; }
        }
        impl ::neorun::__private::neopack::codec::Encode for F {
            fn encode(
                &self,
                __enc: &mut ::neorun::__private::neopack::Encoder,
            ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
                let __a = self.as_array();
                __enc.flags(3u32, 0 | (__a[0usize] as u64) << 0u32)
            }
        }
        impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for F {
            fn decode(
                __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
            ) -> ::core::result::Result<
                Self,
                ::neorun::__private::neopack::DecodeError,
            > {
                let __bits = ::neorun::__private::neopack::codec::flags(__dec, 3u32)?;
                let mut __v = Self::empty();
                if __bits & 1u64 != 0 {
                    __v = __v | Self::X;
                }
                if __bits & 2u64 != 0 {
                    __v = __v | Self::Y;
                }
                if __bits & 4u64 != 0 {
                    __v = __v | Self::Z;
                }
                let _ = __bits;
                ::core::result::Result::Ok(__v)
            }
        }
    }
    pub use self::__neorun_t3::F;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:every-type/compound";
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
                    > ("lists", [("a",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8))),
                    ("b",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))),
                    ("c",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::S64))))),
                    ("d",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Char)))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("options", [("a",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U32))),
                    ("b",
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String)))))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("results", [("a",
                    ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::None, err : ::core::option::Option::None }),
                    ("b", ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U32)),
                    err : ::core::option::Option::None }), ("c",
                    ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::None, err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String))
                    }), ("d", ::neorun::__private::neopack::schema::Type::Result { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))), err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("some",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))),
                    ::neorun::__private::neopack::schema::Case::new("many",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])))))]))) })],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Result
                    { ok :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["a",
                    "b", "c"]))), err :
                    ::core::option::Option::Some(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::flags(["x",
                    "y", "z"]))) })),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("tuples", [("a",
                    ::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8])),
                    ("b",
                    ::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::String,
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::U8)),
                    ::neorun::__private::neopack::schema::Type::Option(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::enumeration(["a",
                    "b", "c"])))]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]),
                    ::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("some",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))),
                    ::neorun::__private::neopack::schema::Case::new("many",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])))))]),
                    ::neorun::__private::neopack::schema::Type::enumeration(["a", "b",
                    "c"]), ::neorun::__private::neopack::schema::Type::flags(["x", "y",
                    "z"])]))), ::neorun::__private::neopack::schema::Function::new:: < &
                    'static str > ("named", [("r",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])), ("v",
                    ::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("some",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))),
                    ::neorun::__private::neopack::schema::Case::new("many",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])))))])), ("e",
                    ::neorun::__private::neopack::schema::Type::enumeration(["a", "b",
                    "c"])), ("f", ::neorun::__private::neopack::schema::Type::flags(["x",
                    "y", "z"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::flags(["x",
                    "y", "z"]),
                    ::neorun::__private::neopack::schema::Type::enumeration(["a", "b",
                    "c"]),
                    ::neorun::__private::neopack::schema::Type::Variant(::std::vec![::neorun::__private::neopack::schema::Case::new("none",
                    ::core::option::Option::None),
                    ::neorun::__private::neopack::schema::Case::new("some",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)]))),
                    ::neorun::__private::neopack::schema::Case::new("many",
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])))))]),
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("a",
                    ::neorun::__private::neopack::schema::Type::U32)])]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("nothing", [], ::core::option::Option::None)
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
                    "lists",
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
                        ): (
                            ::std::vec::Vec<u8>,
                            ::std::vec::Vec<::std::string::String>,
                            ::std::vec::Vec<::std::vec::Vec<i64>>,
                            ::std::vec::Vec<char>,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::std::vec::Vec<R> = ::neorun::__private::finish_call(
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
                    "options",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (
                            __p0,
                            __p1,
                        ): (
                            ::core::option::Option<u32>,
                            ::core::option::Option<
                                ::core::option::Option<::std::string::String>,
                            >,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::option::Option<R> = ::neorun::__private::finish_call(
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
                    "results",
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
                        ): (
                            ::core::result::Result<(), ()>,
                            ::core::result::Result<u32, ()>,
                            ::core::result::Result<(), ::std::string::String>,
                            ::core::result::Result<R, V>,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            2usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::core::result::Result<E, F> = ::neorun::__private::finish_call(
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
                    "tuples",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (
                            __p0,
                            __p1,
                        ): (
                            (u8,),
                            (
                                ::std::string::String,
                                ::std::vec::Vec<u8>,
                                ::core::option::Option<E>,
                            ),
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (R, V, E, F) = ::neorun::__private::finish_call(
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
                    "named",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1, __p2, __p3): (R, V, E, F)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            4usize,
                            &(&__p0, &__p1, &__p2, &__p3),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (F, E, V, R) = ::neorun::__private::finish_call(
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
                    "nothing",
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
                            let __r: () = ::neorun::__private::finish_call(
                                    __call,
                                    schema(),
                                    5usize,
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
        fn lists(
            &self,
            a: ::std::vec::Vec<u8>,
            b: ::std::vec::Vec<::std::string::String>,
            c: ::std::vec::Vec<::std::vec::Vec<i64>>,
            d: ::std::vec::Vec<char>,
        ) -> impl ::core::future::Future<
            Output = ::std::vec::Vec<R>,
        > + ::core::marker::Send;
        fn options(
            &self,
            a: ::core::option::Option<u32>,
            b: ::core::option::Option<::core::option::Option<::std::string::String>>,
        ) -> impl ::core::future::Future<
            Output = ::core::option::Option<R>,
        > + ::core::marker::Send;
        fn results(
            &self,
            a: ::core::result::Result<(), ()>,
            b: ::core::result::Result<u32, ()>,
            c: ::core::result::Result<(), ::std::string::String>,
            d: ::core::result::Result<R, V>,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<E, F>,
        > + ::core::marker::Send;
        fn tuples(
            &self,
            a: (u8,),
            b: (::std::string::String, ::std::vec::Vec<u8>, ::core::option::Option<E>),
        ) -> impl ::core::future::Future<Output = (R, V, E, F)> + ::core::marker::Send;
        fn named(
            &self,
            r: R,
            v: V,
            e: E,
            f: F,
        ) -> impl ::core::future::Future<Output = (F, E, V, R)> + ::core::marker::Send;
        fn nothing(
            &self,
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
                        (
                            ::std::vec::Vec<u8>,
                            ::std::vec::Vec<::std::string::String>,
                            ::std::vec::Vec<::std::vec::Vec<i64>>,
                            ::std::vec::Vec<char>,
                        ),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::lists(
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
                        (
                            ::core::option::Option<u32>,
                            ::core::option::Option<
                                ::core::option::Option<::std::string::String>,
                            >,
                        ),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::options(&*__h, __p0, __p1)
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
                        (
                            ::core::result::Result<(), ()>,
                            ::core::result::Result<u32, ()>,
                            ::core::result::Result<(), ::std::string::String>,
                            ::core::result::Result<R, V>,
                        ),
                    >(&__args, schema(), 2usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::results(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                    )
                                    .await;
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
                            (u8,),
                            (
                                ::std::string::String,
                                ::std::vec::Vec<u8>,
                                ::core::option::Option<E>,
                            ),
                        ),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::tuples(&*__h, __p0, __p1)
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
                        (R, V, E, F),
                    >(&__args, schema(), 4usize) {
                        ::core::result::Result::Ok((__p0, __p1, __p2, __p3)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::named(
                                        &*__h,
                                        __p0,
                                        __p1,
                                        __p2,
                                        __p3,
                                    )
                                    .await;
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
                                let __out = <__H as Handler>::nothing(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 5usize)
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
        /// Calls `lists(a, b, c, d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn lists(
            &self,
            __p0: ::std::vec::Vec<u8>,
            __p1: ::std::vec::Vec<::std::string::String>,
            __p2: ::std::vec::Vec<::std::vec::Vec<i64>>,
            __p3: ::std::vec::Vec<char>,
        ) -> ::core::result::Result<::std::vec::Vec<R>, ::neorun::__private::CallError> {
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
        /// Calls `options(a, b)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn options(
            &self,
            __p0: ::core::option::Option<u32>,
            __p1: ::core::option::Option<::core::option::Option<::std::string::String>>,
        ) -> ::core::result::Result<
            ::core::option::Option<R>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    1usize,
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
        ///
        /// Calls `results(a, b, c, d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn results(
            &self,
            __p0: ::core::result::Result<(), ()>,
            __p1: ::core::result::Result<u32, ()>,
            __p2: ::core::result::Result<(), ::std::string::String>,
            __p3: ::core::result::Result<R, V>,
        ) -> ::core::result::Result<
            ::core::result::Result<E, F>,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
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
        /// Calls `tuples(a, b)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn tuples(
            &self,
            __p0: (u8,),
            __p1: (::std::string::String, ::std::vec::Vec<u8>, ::core::option::Option<E>),
        ) -> ::core::result::Result<(R, V, E, F), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    3usize,
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
        ///
        /// Calls `named(r, v, e, f)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn named(
            &self,
            __p0: R,
            __p1: V,
            __p2: E,
            __p3: F,
        ) -> ::core::result::Result<(F, E, V, R), ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    4usize,
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
        /// Calls `nothing()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn nothing(
            &self,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
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
    }
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<
            (
                ::std::vec::Vec<u8>,
                ::std::vec::Vec<::std::string::String>,
                ::std::vec::Vec<::std::vec::Vec<i64>>,
                ::std::vec::Vec<char>,
            ),
            (::std::vec::Vec<R>,),
        >,
        __f1: ::neorun::__private::wasmtime::component::TypedFunc<
            (
                ::core::option::Option<u32>,
                ::core::option::Option<::core::option::Option<::std::string::String>>,
            ),
            (::core::option::Option<R>,),
        >,
        __f2: ::neorun::__private::wasmtime::component::TypedFunc<
            (
                ::core::result::Result<(), ()>,
                ::core::result::Result<u32, ()>,
                ::core::result::Result<(), ::std::string::String>,
                ::core::result::Result<R, V>,
            ),
            (::core::result::Result<E, F>,),
        >,
        __f3: ::neorun::__private::wasmtime::component::TypedFunc<
            (
                (u8,),
                (::std::string::String, ::std::vec::Vec<u8>, ::core::option::Option<E>),
            ),
            ((R, V, E, F),),
        >,
        __f4: ::neorun::__private::wasmtime::component::TypedFunc<
            (R, V, E, F),
            ((F, E, V, R),),
        >,
        __f5: ::neorun::__private::wasmtime::component::TypedFunc<(), ()>,
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
                    let __name = "lists";
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
                    let __name = "options";
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
                    let __name = "results";
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
                    let __name = "tuples";
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
                __f4: {
                    let __name = "named";
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
                __f5: {
                    let __name = "nothing";
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
        /// Calls the guest's `lists`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_lists<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::std::vec::Vec<u8>,
            __p1: ::std::vec::Vec<::std::string::String>,
            __p2: ::std::vec::Vec<::std::vec::Vec<i64>>,
            __p3: ::std::vec::Vec<char>,
        ) -> ::neorun::__private::wasmtime::Result<::std::vec::Vec<R>> {
            let (__r,) = self
                .__f0
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `options`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_options<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::core::option::Option<u32>,
            __p1: ::core::option::Option<::core::option::Option<::std::string::String>>,
        ) -> ::neorun::__private::wasmtime::Result<::core::option::Option<R>> {
            let (__r,) = self.__f1.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `results`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_results<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: ::core::result::Result<(), ()>,
            __p1: ::core::result::Result<u32, ()>,
            __p2: ::core::result::Result<(), ::std::string::String>,
            __p3: ::core::result::Result<R, V>,
        ) -> ::neorun::__private::wasmtime::Result<::core::result::Result<E, F>> {
            let (__r,) = self
                .__f2
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `tuples`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_tuples<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: (u8,),
            __p1: (::std::string::String, ::std::vec::Vec<u8>, ::core::option::Option<E>),
        ) -> ::neorun::__private::wasmtime::Result<(R, V, E, F)> {
            let (__r,) = self.__f3.call_async(&mut __store, (__p0, __p1)).await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `named`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_named<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(
            &self,
            mut __store: __S,
            __p0: R,
            __p1: V,
            __p2: E,
            __p3: F,
        ) -> ::neorun::__private::wasmtime::Result<(F, E, V, R)> {
            let (__r,) = self
                .__f4
                .call_async(&mut __store, (__p0, __p1, __p2, __p3))
                .await?;
            ::core::result::Result::Ok(__r)
        }
        ///
        /// Calls the guest's `nothing`.
        ///
        /// # Errors
        /// A trap in the guest, or an import it called that failed.
        pub async fn call_nothing<
            __S: ::neorun::__private::wasmtime::AsContextMut<Data: ::core::marker::Send>,
        >(&self, mut __store: __S) -> ::neorun::__private::wasmtime::Result<()> {
            let () = self.__f5.call_async(&mut __store, ()).await?;
            ::core::result::Result::Ok(())
        }
    }
}
/// Typed access to everything `every-type-export` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The guest's `fixtures:every-type/scalars`.
    pub scalars: scalars::Guest,
    /// The guest's `fixtures:every-type/compound`.
    pub compound: compound::Guest,
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
            scalars: scalars::Guest::new(&mut __store, __instance)?,
            compound: compound::Guest::new(&mut __store, __instance)?,
        })
    }
}
