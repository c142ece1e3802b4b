//! Typed access to a guest's exports (the shape of wasmtime `bindgen!`'s world struct): per
//! exported interface a `Guest` with one `call_<function>` per function, and at the module's
//! top an `Exports` holding all of them, looked up and type-checked once.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Loc, docs};
use crate::ir::{Func, MAX_TYPED};
use crate::names;

impl Gen<'_> {
    /// `Guest` for exported `funcs`: of the instance `NAME` (`root` false) or at the
    /// component's top level (world-level exports).
    pub(crate) fn guest(&self, funcs: &[Func], loc: Loc, root: bool) -> TokenStream {
        let p = self.p();
        let wt = quote!(#p::wasmtime);
        let r = quote!(::core::result::Result);
        // wasmtime's typed functions take at most 17 parameters; larger ones are left out.
        let typed: Vec<(usize, &Func)> =
            funcs.iter().enumerate().filter(|(_, f)| f.params.len() <= MAX_TYPED).collect();
        let fields: Vec<_> = typed.iter().map(|(i, _)| format_ident!("__f{i}")).collect();
        let types: Vec<_> = typed
            .iter()
            .map(|(_, f)| {
                let pt = f.params.iter().map(|(_, t)| self.rust_ty(t, loc));
                let rt = match &f.result {
                    Some(t) => {
                        let t = self.rust_ty(t, loc);
                        quote!((#t,))
                    }
                    None => quote!(()),
                };
                quote!(#wt::component::TypedFunc<(#(#pt,)*), #rt>)
            })
            .collect();
        let wit_names: Vec<&str> = typed.iter().map(|(_, f)| f.name.as_str()).collect();
        let parent = if root {
            quote!(::core::option::Option::None)
        } else {
            quote! {{
                let __i = __instance.get_export_index(&mut __store, None, NAME).ok_or_else(|| {
                    #wt::format_err!("the component does not export the interface `{}`", NAME)
                })?;
                ::core::option::Option::Some(__i)
            }}
        };
        let calls = typed.iter().zip(&fields).map(|((_, f), field)| {
            let doc = docs(&f.docs);
            let name = format_ident!("call_{}", names::snake(&f.name));
            let pn: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__p{i}")).collect();
            let params = f.params.iter().zip(&pn).map(|((_, t), id)| {
                let t = self.rust_ty(t, loc);
                quote!(#id: #t)
            });
            let out = self.opt_ty(f.result.as_ref(), loc);
            let (pat, ret) = if f.result.is_some() {
                (quote!((__r,)), quote!(__r))
            } else {
                (quote!(()), quote!(()))
            };
            let wit = &f.name;
            let line = format!(" Calls the guest's `{wit}`.");
            quote! {
                #doc
                #[doc = ""]
                #[doc = #line]
                ///
                /// # Errors
                /// A trap in the guest, or an import it called that failed.
                pub async fn #name<__S: #wt::AsContextMut<Data: ::core::marker::Send>>(
                    &self,
                    mut __store: __S,
                    #(#params),*
                ) -> #wt::Result<#out> {
                    let #pat = self.#field.call_async(&mut __store, (#(#pn,)*)).await?;
                    #r::Ok(#ret)
                }
            }
        });
        let skipped: Vec<String> = funcs
            .iter()
            .filter(|f| f.params.len() > MAX_TYPED)
            .map(|f| format!("`{}`", f.name))
            .collect();
        let skipped = if skipped.is_empty() {
            TokenStream::new()
        } else {
            let line = format!(
                " Not here (more than {MAX_TYPED} parameters, wasmtime's typed limit; call \
                 them through `Instance::get_func`): {}.",
                skipped.join(", ")
            );
            quote!(#[doc = ""] #[doc = #line])
        };
        quote! {
            /// The guest's exports of these functions, typed: looked up and type-checked once by
            /// [`Guest::new`], then called with `call_<function>`.
            #skipped
            #[derive(::core::clone::Clone)]
            pub struct Guest {
                #( #fields: #types, )*
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
                    mut __store: impl #wt::AsContextMut,
                    __instance: &#wt::component::Instance,
                ) -> #wt::Result<Self> {
                    let __parent = #parent;
                    let _ = &__parent;
                    #r::Ok(Self {
                        #(
                            #fields: {
                                let __name = #wit_names;
                                let __index = __instance
                                    .get_export_index(&mut __store, __parent.as_ref(), __name)
                                    .ok_or_else(|| {
                                        #wt::format_err!("the component does not export `{}`", __name)
                                    })?;
                                __instance
                                    .get_typed_func(&mut __store, &__index)
                                    .map_err(|__e| __e.context(::std::format!("export `{}`", __name)))?
                            },
                        )*
                    })
                }
                #(#calls)*
            }
        }
    }

    /// `Exports` at the module's top: every exported interface's `Guest` and the world-level
    /// exported functions'.
    pub(crate) fn exports(&self) -> TokenStream {
        let p = self.p();
        let wt = quote!(#p::wasmtime);
        let w = self.world;
        let mut fields = Vec::new();
        let mut paths = Vec::new();
        let mut docs_ = Vec::new();
        for (i, iface) in w.interfaces.iter().enumerate() {
            if iface.exported && !iface.funcs.is_empty() {
                let m = self.module_ident(i);
                fields.push(m.clone());
                paths.push(quote!(#m::Guest));
                docs_.push(format!(" The guest's `{}`.", iface.qualified));
            }
        }
        if !w.exported_funcs.is_empty() {
            let m = names::ident(&w.funcs_module);
            fields.push(m.clone());
            paths.push(quote!(#m::Guest));
            docs_.push(format!(" The functions `{}` exports directly.", w.name));
        }
        if fields.is_empty() {
            return TokenStream::new();
        }
        let doc = format!(
            " Typed access to everything `{}` exports, looked up and type-checked once.",
            w.name
        );
        quote! {
            #[doc = #doc]
            #[derive(::core::clone::Clone, ::core::fmt::Debug)]
            pub struct Exports {
                #( #[doc = #docs_] pub #fields: #paths, )*
            }

            impl Exports {
                /// Finds and type-checks every export of the world in `instance`.
                ///
                /// # Errors
                /// When an export is missing or has another signature.
                pub fn new(
                    mut __store: impl #wt::AsContextMut,
                    __instance: &#wt::component::Instance,
                ) -> #wt::Result<Self> {
                    ::core::result::Result::Ok(Self {
                        #( #fields: #paths::new(&mut __store, __instance)?, )*
                    })
                }
            }
        }
    }
}
