//! `neopack::codec::{Encode, Decode}` impls for generated types.

use proc_macro2::TokenStream;
use quote::quote;

use super::Gen;
use crate::ir::{DefId, DefKind};
use crate::names;

impl Gen<'_> {
    /// `Encode` and `Decode` for a record, variant, enum or flags type (aliases need none).
    pub(crate) fn codec_impls(&self, id: DefId) -> TokenStream {
        let def = &self.world.defs[id];
        let np = self.np();
        let c = quote!(#np::codec);
        let name = self.type_ident(id);
        let r = quote!(::core::result::Result);
        let (enc, dec) = match &def.kind {
            DefKind::Alias(_) => return TokenStream::new(),
            DefKind::Record(fields) => {
                let n = fields.len() as u32;
                let ids: Vec<_> = fields.iter().map(|f| names::snake_ident(&f.name)).collect();
                let enc = quote! {
                    __enc.begin_record(#n)?;
                    #( #c::Encode::encode(&self.#ids, __enc)?; )*
                    __enc.end_record()
                };
                let dec = quote! {
                    #c::begin_record(__dec, #n)?;
                    let __v = Self { #( #ids: #c::Decode::decode(__dec)?, )* };
                    __dec.end()?;
                    #r::Ok(__v)
                };
                (enc, dec)
            }
            DefKind::Variant(cases) => {
                let n = cases.len() as u32;
                let mut enc_arms = Vec::new();
                let mut dec_arms = Vec::new();
                for (i, case) in cases.iter().enumerate() {
                    let i = i as u32;
                    let cid = names::camel_ident(&case.name);
                    if case.ty.is_some() {
                        enc_arms.push(quote! {
                            Self::#cid(__x) => {
                                __enc.variant(#i)?;
                                #c::Encode::encode(__x, __enc)
                            }
                        });
                        dec_arms
                            .push(quote!(#i => #r::Ok(Self::#cid(#c::Decode::decode(__dec)?)),));
                    } else {
                        enc_arms.push(quote! {
                            Self::#cid => {
                                __enc.variant(#i)?;
                                __enc.unit()
                            }
                        });
                        dec_arms.push(quote!(#i => { __dec.unit()?; #r::Ok(Self::#cid) }));
                    }
                }
                let enc = quote!(match self { #(#enc_arms)* });
                let dec = quote! {
                    let __at = __dec.offset();
                    match __dec.variant()? {
                        #(#dec_arms)*
                        __case => #r::Err(#c::case_out_of_range(__at, __case, #n)),
                    }
                };
                (enc, dec)
            }
            DefKind::Enum(cases) => {
                let n = cases.len() as u32;
                let cids: Vec<_> = cases.iter().map(|c| names::camel_ident(&c.name)).collect();
                let is: Vec<u32> = (0..n).collect();
                let enc = quote! {
                    __enc.variant(match self { #( Self::#cids => #is, )* })?;
                    __enc.unit()
                };
                let dec = quote! {
                    let __at = __dec.offset();
                    let __v = match __dec.variant()? {
                        #( #is => Self::#cids, )*
                        __case => return #r::Err(#c::case_out_of_range(__at, __case, #n)),
                    };
                    __dec.unit()?;
                    #r::Ok(__v)
                };
                (enc, dec)
            }
            DefKind::Flags(flags) => {
                let n = flags.len() as u32;
                let ids: Vec<_> = flags.iter().map(|f| names::shouty_ident(&f.name)).collect();
                let bits: Vec<u64> = (0..n).map(|i| 1u64 << i).collect();
                let words = n.div_ceil(32) as usize;
                let word = (0..words).map(|w| {
                    let shift = 32 * w as u32;
                    quote!((__a[#w] as u64) << #shift)
                });
                let enc = if n == 0 {
                    quote!(__enc.flags(0, 0))
                } else {
                    quote! {
                        let __a = self.as_array();
                        __enc.flags(#n, 0 #( | #word )*)
                    }
                };
                let dec = quote! {
                    let __bits = #c::flags(__dec, #n)?;
                    let mut __v = Self::empty();
                    #( if __bits & #bits != 0 { __v = __v | Self::#ids; } )*
                    let _ = __bits;
                    #r::Ok(__v)
                };
                (enc, dec)
            }
        };
        quote! {
            impl #c::Encode for #name {
                fn encode(&self, __enc: &mut #np::Encoder) -> #r<(), #np::EncodeError> {
                    #enc
                }
            }
            impl<'__a> #c::Decode<'__a> for #name {
                fn decode(__dec: &mut #np::Decoder<'__a>) -> #r<Self, #np::DecodeError> {
                    #dec
                }
            }
        }
    }
}
