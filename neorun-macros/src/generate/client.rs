//! The typed native client: `Client`, one async method per WIT function, for Rust programs
//! (no wasm) that call a neorun server — the shape tarpc and wRPC generate from the same
//! definition as the server.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Loc, docs};
use crate::ir::Func;
use crate::names;

impl Gen<'_> {
    /// `Client` for `funcs`.
    pub(crate) fn client(&self, funcs: &[Func], loc: Loc) -> TokenStream {
        let p = self.p();
        let np = self.np();
        let c = quote!(#np::codec);
        let r = quote!(::core::result::Result);
        let methods = funcs.iter().enumerate().map(|(idx, f)| {
            let doc = docs(&f.docs);
            let name = names::snake_ident(&f.name);
            let pn: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__p{i}")).collect();
            let params = f.params.iter().zip(&pn).map(|((_, t), id)| {
                let t = self.rust_ty(t, loc);
                quote!(#id: #t)
            });
            let n = f.params.len() as u32;
            let out = self.opt_ty(f.result.as_ref(), loc);
            let wit = &f.name;
            let pnames = f.params.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
            let sig = format!(" Calls `{wit}({pnames})` on the peer.");
            quote! {
                #doc
                #[doc = ""]
                #[doc = #sig]
                ///
                /// # Errors
                /// The call's failure: transport, deadline, the peer's failure, or a reply that
                /// is not a valid result.
                pub async fn #name(&self, #(#params),*) -> #r<#out, #p::CallError> {
                    #p::client_call(&self.0, #idx, |__enc: &mut #np::Encoder| {
                        __enc.begin_record(#n)?;
                        #( #c::Encode::encode(&#pn, __enc)?; )*
                        __enc.end_record()
                    })
                    .await
                }
            }
        });
        quote! {
            /// A typed client of this interface for native Rust code: one async method per WIT
            /// function, with the arguments encoded straight into neopack and the reply decoded
            /// and checked against the result type.
            ///
            /// ```ignore
            /// let client = Client::bind(&connection).await?;
            /// ```
            #[derive(::core::clone::Clone, ::core::fmt::Debug)]
            pub struct Client(#p::Binding);

            impl Client {
                /// Binds this interface on `conn` (the server checks the schema) and returns
                /// its client.
                ///
                /// # Errors
                /// When the server does not export the interface to this client, or a
                /// function differs from the server's.
                pub async fn bind(conn: &#p::Connection) -> #r<Self, #p::BindError> {
                    #r::Ok(Self(conn.bind(schema()).await?))
                }
                /// A client over `binding`, which must be bound to [`schema()`].
                pub fn from_binding(binding: #p::Binding) -> Self {
                    Self(binding)
                }
                /// The binding the calls go through.
                pub fn binding(&self) -> &#p::Binding {
                    &self.0
                }
                #(#methods)*
            }
        }
    }
}
