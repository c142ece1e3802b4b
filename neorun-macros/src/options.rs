//! The attribute's arguments: `"path"` or `path = "...", world = "...", crate = path`.

use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

mod kw {
    syn::custom_keyword!(path);
    syn::custom_keyword!(world);
}

/// Parsed `#[neorun::remote(...)]` arguments.
pub(crate) struct Options {
    /// The WIT file or folder, relative to `CARGO_MANIFEST_DIR`.
    pub(crate) path: LitStr,
    /// The world to use; required when the package has several.
    pub(crate) world: Option<LitStr>,
    /// The path of the `neorun` crate (default `::neorun`).
    pub(crate) krate: Option<syn::Path>,
}

impl Parse for Options {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let path: LitStr = input.parse()?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            let mut rest = Self::named(input)?;
            if let Some(_dup) = rest.path.replace(path.clone()) {
                return Err(syn::Error::new(path.span(), "`path` given twice"));
            }
            return rest.build(input);
        }
        Self::named(input)?.build(input)
    }
}

#[derive(Default)]
struct Partial {
    path: Option<LitStr>,
    world: Option<LitStr>,
    krate: Option<syn::Path>,
}

impl Partial {
    fn build(self, input: ParseStream<'_>) -> syn::Result<Options> {
        let path = self.path.ok_or_else(|| {
            input.error("expected the WIT path: `\"wit/x.wit\"` or `path = \"wit/x.wit\"`")
        })?;
        Ok(Options { path, world: self.world, krate: self.krate })
    }
}

impl Options {
    fn named(input: ParseStream<'_>) -> syn::Result<Partial> {
        let mut p = Partial::default();
        while !input.is_empty() {
            let look = input.lookahead1();
            if look.peek(kw::path) {
                let k: kw::path = input.parse()?;
                input.parse::<Token![=]>()?;
                if p.path.replace(input.parse()?).is_some() {
                    return Err(syn::Error::new(k.span, "`path` given twice"));
                }
            } else if look.peek(kw::world) {
                let k: kw::world = input.parse()?;
                input.parse::<Token![=]>()?;
                if p.world.replace(input.parse()?).is_some() {
                    return Err(syn::Error::new(k.span, "`world` given twice"));
                }
            } else if look.peek(Token![crate]) {
                let k: Token![crate] = input.parse()?;
                input.parse::<Token![=]>()?;
                if p.krate.replace(input.call(syn::Path::parse_mod_style)?).is_some() {
                    return Err(syn::Error::new(k.span, "`crate` given twice"));
                }
            } else if input.peek(syn::Ident) {
                let id: syn::Ident = input.parse()?;
                return Err(syn::Error::new(
                    id.span(),
                    format!("unknown option `{id}`; expected `path`, `world` or `crate`"),
                ));
            } else {
                return Err(look.error());
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> syn::Result<Options> {
        syn::parse_str(s)
    }

    #[test]
    fn a_bare_string_is_the_path() {
        let o = parse(r#""wit/kv.wit""#).unwrap();
        assert_eq!(o.path.value(), "wit/kv.wit");
        assert!(o.world.is_none() && o.krate.is_none());
    }

    #[test]
    fn named_options_parse_in_any_order() {
        let o = parse(r#"world = "client", crate = ::my::neorun, path = "wit""#).unwrap();
        assert_eq!(o.path.value(), "wit");
        assert_eq!(o.world.unwrap().value(), "client");
        assert!(o.krate.is_some());
    }

    #[test]
    fn unknown_option_and_missing_path_are_errors() {
        let e = parse(r#"path = "x", colour = "red""#).err().unwrap();
        assert!(e.to_string().contains("unknown option `colour`"), "{e}");
        let e = parse(r#"world = "w""#).err().unwrap();
        assert!(e.to_string().contains("expected the WIT path"), "{e}");
        assert!(parse(r#"path = "a", path = "b""#).is_err());
    }
}
