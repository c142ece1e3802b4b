const _: () = {
    const _: &[u8] = ::core::include_bytes!(
        "$CARGO_MANIFEST_DIR/tests/fixtures/many-params.wit"
    );
};
/// More parameters and tuple members than Rust's and wasmtime's trait impls cover.
///
/// The world imports this interface.
#[allow(clippy::all, clippy::pedantic, unused_qualifications)]
pub mod wide {
    #[allow(unused_imports)]
    use ::std::prelude::rust_2021::*;
    #[allow(unused_imports)]
    use ::core;
    #[allow(unused_imports)]
    use ::neorun::__private::wasmtime;
    /// The instance name of this interface in the component model.
    pub const NAME: &str = "fixtures:many-params/wide";
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
                    > ("thirteen", [("a",
                    ::neorun::__private::neopack::schema::Type::U8), ("b",
                    ::neorun::__private::neopack::schema::Type::U16), ("c",
                    ::neorun::__private::neopack::schema::Type::U32), ("d",
                    ::neorun::__private::neopack::schema::Type::U64), ("e",
                    ::neorun::__private::neopack::schema::Type::S8), ("f",
                    ::neorun::__private::neopack::schema::Type::S16), ("g",
                    ::neorun::__private::neopack::schema::Type::S32), ("h",
                    ::neorun::__private::neopack::schema::Type::S64), ("i",
                    ::neorun::__private::neopack::schema::Type::F32), ("j",
                    ::neorun::__private::neopack::schema::Type::F64), ("k",
                    ::neorun::__private::neopack::schema::Type::Char), ("l",
                    ::neorun::__private::neopack::schema::Type::String), ("m",
                    ::neorun::__private::neopack::schema::Type::Bool)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U32)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("seventeen", [("a",
                    ::neorun::__private::neopack::schema::Type::U32), ("b",
                    ::neorun::__private::neopack::schema::Type::U32), ("c",
                    ::neorun::__private::neopack::schema::Type::U32), ("d",
                    ::neorun::__private::neopack::schema::Type::U32), ("e",
                    ::neorun::__private::neopack::schema::Type::U32), ("f",
                    ::neorun::__private::neopack::schema::Type::U32), ("g",
                    ::neorun::__private::neopack::schema::Type::U32), ("h",
                    ::neorun::__private::neopack::schema::Type::U32), ("i",
                    ::neorun::__private::neopack::schema::Type::U32), ("j",
                    ::neorun::__private::neopack::schema::Type::U32), ("k",
                    ::neorun::__private::neopack::schema::Type::U32), ("l",
                    ::neorun::__private::neopack::schema::Type::U32), ("m",
                    ::neorun::__private::neopack::schema::Type::U32), ("n",
                    ::neorun::__private::neopack::schema::Type::U32), ("o",
                    ::neorun::__private::neopack::schema::Type::U32), ("p",
                    ::neorun::__private::neopack::schema::Type::U32), ("q",
                    ::neorun::__private::neopack::schema::Type::String)],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::String)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("twenty", [("a", ::neorun::__private::neopack::schema::Type::U32),
                    ("b", ::neorun::__private::neopack::schema::Type::U32), ("c",
                    ::neorun::__private::neopack::schema::Type::U32), ("d",
                    ::neorun::__private::neopack::schema::Type::U32), ("e",
                    ::neorun::__private::neopack::schema::Type::U32), ("f",
                    ::neorun::__private::neopack::schema::Type::U32), ("g",
                    ::neorun::__private::neopack::schema::Type::U32), ("h",
                    ::neorun::__private::neopack::schema::Type::U32), ("i",
                    ::neorun::__private::neopack::schema::Type::U32), ("j",
                    ::neorun::__private::neopack::schema::Type::U32), ("k",
                    ::neorun::__private::neopack::schema::Type::U32), ("l",
                    ::neorun::__private::neopack::schema::Type::U32), ("m",
                    ::neorun::__private::neopack::schema::Type::U32), ("n",
                    ::neorun::__private::neopack::schema::Type::U32), ("o",
                    ::neorun::__private::neopack::schema::Type::U32), ("p",
                    ::neorun::__private::neopack::schema::Type::U32), ("q",
                    ::neorun::__private::neopack::schema::Type::U32), ("r",
                    ::neorun::__private::neopack::schema::Type::U32), ("s",
                    ::neorun::__private::neopack::schema::Type::U32), ("t",
                    ::neorun::__private::neopack::schema::Type::List(::std::boxed::Box::new(::neorun::__private::neopack::schema::Type::String)))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::U64)),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("tuple-thirteen", [("t",
                    ::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::String]))],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::String]))),
                    ::neorun::__private::neopack::schema::Function::new:: < & 'static str
                    > ("tuple-seventeen", [],
                    ::core::option::Option::Some(::neorun::__private::neopack::schema::Type::Tuple(::std::vec![::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8,
                    ::neorun::__private::neopack::schema::Type::U8])))
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
                    "thirteen",
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
                            __p10,
                            __p11,
                            __p12,
                        ): (
                            u8,
                            u16,
                            u32,
                            u64,
                            i8,
                            i16,
                            i32,
                            i64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                            bool,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            0usize,
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
                                &__p10,
                                &__p11,
                                &__p12,
                            ),
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
                    "seventeen",
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
                            __p10,
                            __p11,
                            __p12,
                            __p13,
                            __p14,
                            __p15,
                            __p16,
                        ): (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            ::std::string::String,
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            1usize,
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
                                &__p10,
                                &__p11,
                                &__p12,
                                &__p13,
                                &__p14,
                                &__p15,
                                &__p16,
                            ),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: ::std::string::String = ::neorun::__private::finish_call(
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
        ::neorun::__private::link_val_stub(&mut __inst, &__binding, schema(), 2usize)?;
        {
            let __binding = ::core::clone::Clone::clone(&__binding);
            __inst
                .func_wrap_async(
                    "tuple-thirteen",
                    move |
                        mut __store: ::neorun::__private::wasmtime::StoreContextMut<
                            '_,
                            __T,
                        >,
                        (
                            __p0,
                        ): (
                            (
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                ::std::string::String,
                            ),
                        )|
                    {
                        let __call = ::neorun::__private::start_call(
                            &mut __store,
                            &__binding,
                            3usize,
                            &(&__p0,),
                        );
                        ::std::boxed::Box::new(async move {
                            let __r: (
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                ::std::string::String,
                            ) = ::neorun::__private::finish_call(
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
                    "tuple-seventeen",
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
                            let __r: (
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                            ) = ::neorun::__private::finish_call(
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
        fn thirteen(
            &self,
            a: u8,
            b: u16,
            c: u32,
            d: u64,
            e: i8,
            f: i16,
            g: i32,
            h: i64,
            i: f32,
            j: f64,
            k: char,
            l: ::std::string::String,
            m: bool,
        ) -> impl ::core::future::Future<Output = u32> + ::core::marker::Send;
        fn seventeen(
            &self,
            a: u32,
            b: u32,
            c: u32,
            d: u32,
            e: u32,
            f: u32,
            g: u32,
            h: u32,
            i: u32,
            j: u32,
            k: u32,
            l: u32,
            m: u32,
            n: u32,
            o: u32,
            p: u32,
            q: ::std::string::String,
        ) -> impl ::core::future::Future<
            Output = ::std::string::String,
        > + ::core::marker::Send;
        fn twenty(
            &self,
            a: u32,
            b: u32,
            c: u32,
            d: u32,
            e: u32,
            f: u32,
            g: u32,
            h: u32,
            i: u32,
            j: u32,
            k: u32,
            l: u32,
            m: u32,
            n: u32,
            o: u32,
            p: u32,
            q: u32,
            r: u32,
            s: u32,
            t: ::std::vec::Vec<::std::string::String>,
        ) -> impl ::core::future::Future<Output = u64> + ::core::marker::Send;
        fn tuple_thirteen(
            &self,
            t: (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, ::std::string::String),
        ) -> impl ::core::future::Future<
            Output = (
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                ::std::string::String,
            ),
        > + ::core::marker::Send;
        fn tuple_seventeen(
            &self,
        ) -> impl ::core::future::Future<
            Output = (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8),
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
                        (
                            u8,
                            u16,
                            u32,
                            u64,
                            i8,
                            i16,
                            i32,
                            i64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                            bool,
                        ),
                    >(&__args, schema(), 0usize) {
                        ::core::result::Result::Ok(
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
                                __p10,
                                __p11,
                                __p12,
                            ),
                        ) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::thirteen(
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
                                        __p10,
                                        __p11,
                                        __p12,
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
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            ::std::string::String,
                        ),
                    >(&__args, schema(), 1usize) {
                        ::core::result::Result::Ok(
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
                                __p10,
                                __p11,
                                __p12,
                                __p13,
                                __p14,
                                __p15,
                                __p16,
                            ),
                        ) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::seventeen(
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
                                        __p10,
                                        __p11,
                                        __p12,
                                        __p13,
                                        __p14,
                                        __p15,
                                        __p16,
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
                    match ::neorun::__private::decode_args_with(
                        &__args,
                        schema(),
                        2usize,
                        |__dec| {
                            ::neorun::__private::neopack::codec::begin_record(
                                __dec,
                                20u32,
                            )?;
                            let __v = (
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <u32 as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                                <::std::vec::Vec<
                                    ::std::string::String,
                                > as ::neorun::__private::neopack::codec::Decode>::decode(
                                    __dec,
                                )?,
                            );
                            __dec.end()?;
                            ::core::result::Result::Ok(__v)
                        },
                    ) {
                        ::core::result::Result::Ok(
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
                                __p10,
                                __p11,
                                __p12,
                                __p13,
                                __p14,
                                __p15,
                                __p16,
                                __p17,
                                __p18,
                                __p19,
                            ),
                        ) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::twenty(
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
                                        __p10,
                                        __p11,
                                        __p12,
                                        __p13,
                                        __p14,
                                        __p15,
                                        __p16,
                                        __p17,
                                        __p18,
                                        __p19,
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
                            (
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                ::std::string::String,
                            ),
                        ),
                    >(&__args, schema(), 3usize) {
                        ::core::result::Result::Ok((__p0,)) => {
                            ::std::boxed::Box::pin(async move {
                                let __out = <__H as Handler>::tuple_thirteen(&*__h, __p0)
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
                                let __out = <__H as Handler>::tuple_seventeen(&*__h).await;
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
        ///
        /// Calls `thirteen(a, b, c, d, e, f, g, h, i, j, k, l, m)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn thirteen(
            &self,
            __p0: u8,
            __p1: u16,
            __p2: u32,
            __p3: u64,
            __p4: i8,
            __p5: i16,
            __p6: i32,
            __p7: i64,
            __p8: f32,
            __p9: f64,
            __p10: char,
            __p11: ::std::string::String,
            __p12: bool,
        ) -> ::core::result::Result<u32, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    0usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(13u32)?;
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
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p10,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p11,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p12,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `seventeen(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn seventeen(
            &self,
            __p0: u32,
            __p1: u32,
            __p2: u32,
            __p3: u32,
            __p4: u32,
            __p5: u32,
            __p6: u32,
            __p7: u32,
            __p8: u32,
            __p9: u32,
            __p10: u32,
            __p11: u32,
            __p12: u32,
            __p13: u32,
            __p14: u32,
            __p15: u32,
            __p16: ::std::string::String,
        ) -> ::core::result::Result<
            ::std::string::String,
            ::neorun::__private::CallError,
        > {
            ::neorun::__private::client_call(
                    &self.0,
                    1usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(17u32)?;
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
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p10,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p11,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p12,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p13,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p14,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p15,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p16,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `twenty(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn twenty(
            &self,
            __p0: u32,
            __p1: u32,
            __p2: u32,
            __p3: u32,
            __p4: u32,
            __p5: u32,
            __p6: u32,
            __p7: u32,
            __p8: u32,
            __p9: u32,
            __p10: u32,
            __p11: u32,
            __p12: u32,
            __p13: u32,
            __p14: u32,
            __p15: u32,
            __p16: u32,
            __p17: u32,
            __p18: u32,
            __p19: ::std::vec::Vec<::std::string::String>,
        ) -> ::core::result::Result<u64, ::neorun::__private::CallError> {
            ::neorun::__private::client_call(
                    &self.0,
                    2usize,
                    |__enc: &mut ::neorun::__private::neopack::Encoder| {
                        __enc.begin_record(20u32)?;
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
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p10,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p11,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p12,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p13,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p14,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p15,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p16,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p17,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p18,
                            __enc,
                        )?;
                        ::neorun::__private::neopack::codec::Encode::encode(
                            &__p19,
                            __enc,
                        )?;
                        __enc.end_record()
                    },
                )
                .await
        }
        ///
        /// Calls `tuple-thirteen(t)` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn tuple_thirteen(
            &self,
            __p0: (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, ::std::string::String),
        ) -> ::core::result::Result<
            (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, ::std::string::String),
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
        ///
        /// Calls `tuple-seventeen()` on the peer.
        ///
        /// # Errors
        /// The call's failure: transport, deadline, the peer's failure, or a reply that
        /// is not a valid result.
        pub async fn tuple_seventeen(
            &self,
        ) -> ::core::result::Result<
            (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8),
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
    }
}
