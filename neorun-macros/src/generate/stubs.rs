//! The static stub: `add_to_linker` registers one typed `func_wrap_async` host function per
//! WIT function, and `Stubs` implements the runtime's `StaticInterface`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Loc};
use crate::ir::{Func, MAX_TYPED};

impl Gen<'_> {
    /// `add_to_linker` and `Stubs` for `funcs`, registered in the instance `NAME`, or at the
    /// linker's root for world-level functions (`root`).
    pub(crate) fn stubs(&self, funcs: &[Func], loc: Loc, root: bool) -> TokenStream {
        let p = self.p();
        let wt = quote!(#p::wasmtime);
        let np = self.np();
        let inst = if root { quote!(__linker.root()) } else { quote!(__linker.instance(NAME)?) };
        let regs = funcs.iter().enumerate().map(|(idx, f)| {
            let name = &f.name;
            if f.params.len() > MAX_TYPED {
                // Beyond wasmtime's typed functions: a `Val`-based stub, same bytes.
                return quote! {
                    #p::link_val_stub(&mut __inst, &__binding, schema(), #idx)?;
                };
            }
            let pn: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__p{i}")).collect();
            let pt = f.params.iter().map(|(_, t)| self.rust_ty(t, loc));
            let args = if pn.is_empty() { quote!(&#p::NoArgs) } else { quote!(&(#(&#pn,)*)) };
            let rt = self.opt_ty(f.result.as_ref(), loc);
            let ret = if f.result.is_some() { quote!((__r,)) } else { quote!(()) };
            quote! {
                {
                    let __binding = ::core::clone::Clone::clone(&__binding);
                    __inst.func_wrap_async(
                        #name,
                        move |mut __store: #wt::StoreContextMut<'_, __T>,
                              (#(#pn,)*): (#(#pt,)*)| {
                            // Encoded synchronously into the store's scratch buffer; the
                            // returned future owns nothing borrowed from the guest.
                            let __call = #p::start_call(&mut __store, &__binding, #idx, #args);
                            ::std::boxed::Box::new(async move {
                                let __r: #rt = #p::finish_call(__call, schema(), #idx).await?;
                                ::core::result::Result::Ok(#ret)
                            })
                        },
                    )?;
                }
            }
        });
        quote! {
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
                __linker: &mut #wt::component::Linker<__T>,
                __binding: #p::Binding,
            ) -> #wt::Result<()>
            where
                __T: #p::NeorunView + ::core::marker::Send + 'static,
            {
                let mut __inst = #inst;
                #(#regs)*
                let _ = &mut __inst;
                ::core::result::Result::Ok(())
            }

            /// The static stubs of this interface, for the runtime's instance builder.
            #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::default::Default)]
            pub struct Stubs;

            impl<__T> #p::StaticInterface<__T> for Stubs
            where
                __T: #p::NeorunView + ::core::marker::Send + 'static,
            {
                fn schema(&self) -> &#np::schema::Interface {
                    schema()
                }
                fn add_to_linker(
                    &self,
                    __linker: &mut #wt::component::Linker<__T>,
                    __binding: #p::Binding,
                ) -> #wt::Result<()> {
                    add_to_linker(__linker, __binding)
                }
            }
        }
    }
}
