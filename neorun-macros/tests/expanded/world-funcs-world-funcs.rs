const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/world-funcs.wit"
    );
};
#[doc(hidden)]
#[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
mod __neorun_t0 {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// A world-level type.
    #[derive(
        ::neorun::__private::wasmtime::component::ComponentType,
        ::neorun::__private::wasmtime::component::Lift,
        ::neorun::__private::wasmtime::component::Lower
    )]
    #[component(wasmtime_crate = ::neorun::__private::wasmtime)]
    #[component(record)]
    #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    pub struct Point {
        #[component(name = "x")]
        pub x: i32,
        #[component(name = "y")]
        pub y: i32,
    }
    impl ::neorun::__private::neopack::codec::Encode for Point {
        fn encode(
            &self,
            __enc: &mut ::neorun::__private::neopack::Encoder,
        ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
            __enc.begin_record(2u32)?;
            ::neorun::__private::neopack::codec::Encode::encode(&self.x, __enc)?;
            ::neorun::__private::neopack::codec::Encode::encode(&self.y, __enc)?;
            __enc.end_record()
        }
    }
    impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Point {
        fn decode(
            __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
        ) -> ::core::result::Result<Self, ::neorun::__private::neopack::DecodeError> {
            ::neorun::__private::neopack::codec::begin_record(__dec, 2u32)?;
            let __v = Self {
                x: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
                y: ::neorun::__private::neopack::codec::Decode::decode(__dec)?,
            };
            __dec.end()?;
            ::core::result::Result::Ok(__v)
        }
    }
}
pub use self::__neorun_t0::Point;
#[doc(hidden)]
#[allow(non_camel_case_types, clippy::all, clippy::pedantic)]
mod __neorun_t1 {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// World-level types can use interface types too.
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
    pub enum Dir {
        #[component(name = "up")]
        Up,
        #[component(name = "down")]
        Down,
    }
    impl ::neorun::__private::neopack::codec::Encode for Dir {
        fn encode(
            &self,
            __enc: &mut ::neorun::__private::neopack::Encoder,
        ) -> ::core::result::Result<(), ::neorun::__private::neopack::EncodeError> {
            __enc
                .variant(
                    match self {
                        Self::Up => 0u32,
                        Self::Down => 1u32,
                    },
                )?;
            __enc.unit()
        }
    }
    impl<'__a> ::neorun::__private::neopack::codec::Decode<'__a> for Dir {
        fn decode(
            __dec: &mut ::neorun::__private::neopack::Decoder<'__a>,
        ) -> ::core::result::Result<Self, ::neorun::__private::neopack::DecodeError> {
            let __at = __dec.offset();
            let __v = match __dec.variant()? {
                0u32 => Self::Up,
                1u32 => Self::Down,
                __case => {
                    return ::core::result::Result::Err(
                        ::neorun::__private::neopack::codec::case_out_of_range(
                            __at,
                            __case,
                            2u32,
                        ),
                    );
                }
            };
            __dec.unit()?;
            ::core::result::Result::Ok(__v)
        }
    }
}
pub use self::__neorun_t1::Dir;
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod log {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:world-funcs/log";
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
                    > ("write", [("line",
                    ::neorun::__private::neopack::schema::Type::String)],
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
                    "write",
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
                            0usize,
                            &(&__p0,),
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
        fn write(
            &self,
            line: ::std::string::String,
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
                        (::std::string::String,),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::write(&*__h, __p0).await;
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
        /// Calls `write(line)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn write(
            &self,
            __p0: ::std::string::String,
        ) -> ::core::result::Result<(), ::neorun::__private::CallError> {
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
}
/// The functions `world-funcs` imports or exports directly (not through an interface).
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod world_funcs {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:world-funcs/world-funcs";
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
                    > ("move", [("p",
                    ::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("x",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("y",
                    ::neorun::__private::neopack::schema::Type::S32)])), ("d",
                    ::neorun::__private::neopack::schema::Type::enumeration(["up",
                    "down"]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Record(::std::vec![::neorun::__private::neopack::schema::Field::new("x",
                    ::neorun::__private::neopack::schema::Type::S32),
                    ::neorun::__private::neopack::schema::Field::new("y",
                    ::neorun::__private::neopack::schema::Type::S32)]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("now", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U64))
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
                    "move",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (__p0, __p1): (super::Point, super::Dir)|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
                            &(&__p0, &__p1),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: super::Point = ::neorun::__private::finish_call(
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
                    "now",
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
                            let __r: u64 = ::neorun::__private::finish_call(
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
        /// A world-level function.
        fn r#move(
            &self,
            p: super::Point,
            d: super::Dir,
        ) -> impl ::core::future::Future<Output = super::Point> + ::core::marker::Send;
        fn now(
            &self,
        ) -> impl ::core::future::Future<Output = u64> + ::core::marker::Send;
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
                        (super::Point, super::Dir),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok((__p0, __p1)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::r#move(&*__h, __p0, __p1)
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
                        ::neorun::__private::NoArgs,
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok(::neorun::__private::NoArgs) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::now(&*__h).await;
                                ::neorun::__private::encode_reply(&__out, schema(), 1usize)
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
        /// A world-level function.
        ///
        /// Calls `move(p, d)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn r#move(
            &self,
            __p0: super::Point,
            __p1: super::Dir,
        ) -> ::core::result::Result<super::Point, ::neorun::__private::CallError> {
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
        ///
        /// Calls `now()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn now(
            &self,
        ) -> ::core::result::Result<u64, ::neorun::__private::CallError> {
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
    }
    /// The guest's exports of these functions, typed: looked up and type-checked once by
    /// [`Guest::new`], then called with `call_<function>`.
    #[derive(::core::clone::Clone)]
    pub struct Guest {
        __f0: ::neorun::__private::wasmtime::component::TypedFunc<
            (u32,),
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
            __p0: u32,
        ) -> ::neorun::__private::wasmtime::Result<
            ::core::result::Result<u64, ::std::string::String>,
        > {
            let (__r,) = self.__f0.call_async(&mut __store, (__p0,)).await?;
            ::core::result::Result::Ok(__r)
        }
    }
}
/// Typed access to everything `world-funcs` exports, looked up and type-checked once.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
pub struct Exports {
    /// The functions `world-funcs` exports directly.
    pub world_funcs: world_funcs::Guest,
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
            world_funcs: world_funcs::Guest::new(&mut __store, __instance)?,
        })
    }
}
