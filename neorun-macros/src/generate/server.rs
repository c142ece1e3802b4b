//! The server side: a `Handler` trait with one async method per WIT function, and `Server`,
//! which implements the runtime's `Service` by decoding arguments into typed values.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Loc, docs};
use crate::ir::{Func, MAX_TYPED};
use crate::names;

impl Gen<'_> {
    /// `Handler` and `Server` for `funcs`.
    pub(crate) fn server(&self, funcs: &[Func], loc: Loc) -> TokenStream {
        let p = self.p();
        let np = self.np();
        let r = quote!(::core::result::Result);
        let methods = funcs.iter().map(|f| {
            let doc = docs(&f.docs);
            let name = names::snake_ident(&f.name);
            let params = f.params.iter().map(|(n, t)| {
                let n = names::snake_ident(n);
                let t = self.rust_ty(t, loc);
                quote!(#n: #t)
            });
            let out = self.opt_ty(f.result.as_ref(), loc);
            quote! {
                #doc
                fn #name(&self, #(#params),*)
                    -> impl ::core::future::Future<Output = #out> + ::core::marker::Send;
            }
        });
        let arms = funcs.iter().enumerate().map(|(idx, f)| {
            let name = names::snake_ident(&f.name);
            let pn: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__p{i}")).collect();
            let pt = f.params.iter().map(|(_, t)| self.rust_ty(t, loc));
            let n = pn.len() as u32;
            let decode = if pn.is_empty() {
                quote!(#p::decode_args::<#p::NoArgs>(&__args, schema(), #idx))
            } else if pn.len() <= MAX_TYPED {
                quote!(#p::decode_args::<(#(#pt,)*)>(&__args, schema(), #idx))
            } else {
                // More parameters than neopack's tuple impls cover: decoded in place.
                let c = quote!(#np::codec);
                quote! {
                    #p::decode_args_with(&__args, schema(), #idx, |__dec| {
                        #c::begin_record(__dec, #n)?;
                        let __v = (#(<#pt as #c::Decode>::decode(__dec)?,)*);
                        __dec.end()?;
                        #r::Ok(__v)
                    })
                }
            };
            let pat = if pn.is_empty() { quote!(#p::NoArgs) } else { quote!((#(#pn,)*)) };
            quote! {
                #idx => match #decode {
                    #r::Ok(#pat) => ::std::boxed::Box::pin(async move {
                        // Fully qualified: a function named like a method of `Arc` or a
                        // std trait (`clone`, `drop`, `into`, `as-ref`) must reach the handler.
                        let __out = <__H as Handler>::#name(&*__h, #(#pn),*).await;
                        #p::encode_reply(&__out, schema(), #idx)
                    }),
                    #r::Err(__e) => #p::fail_now(__e),
                },
            }
        });
        quote! {
            /// Serves this interface natively: one method per WIT function.
            ///
            /// Implement it (with `async fn`s) and export it with [`Server`].
            pub trait Handler: ::core::marker::Send + ::core::marker::Sync + 'static {
                #(#methods)*
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

            impl<__H: Handler> #p::Service for Server<__H> {
                fn interfaces(&self) -> &[#np::schema::Interface] {
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
                    __args: #p::Bytes,
                ) -> #p::BoxFuture<'static, #r<#p::Bytes, #p::Failure>> {
                    if __iface != 0 {
                        return #p::unknown_interface(__iface);
                    }
                    let __h = ::std::sync::Arc::clone(&self.0);
                    match __func {
                        #(#arms)*
                        _ => #p::unknown_function(schema(), __func),
                    }
                }
            }
        }
    }
}
