//! Checks `impl Handler for T` blocks written inside the annotated module against the WIT, so a
//! mismatch is reported at the offending span in WIT terms rather than as a trait error.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{FnArg, ImplItem, Item, ReturnType, Type};

use crate::errors::Errors;
use crate::ir::{DefKind, Func, Ty, World};
use crate::names;

/// Checks every `Handler` impl among `items`; an impl with errors is dropped from the output
/// (its errors replace the compiler's), every other item is kept as written.
pub(crate) fn check_impls(world: &World, items: Vec<Item>, errors: &mut Errors) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let Item::Impl(imp) = &item
            && imp.modifiers.polarity.is_none()
            && let Some((path, _)) = &imp.trait_
            && let Some((iface, funcs)) = target(world, path)
        {
            let before = Checker { world, errors: &mut *errors, iface: &iface }.check(imp, funcs);
            if !before {
                continue;
            }
        }
        out.push(item);
    }
    out
}

/// The interface a `Handler` path names: `store::Handler`, or plain `Handler` when the world
/// has exactly one served interface.
fn target<'w>(world: &'w World, path: &syn::Path) -> Option<(String, &'w [Func])> {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let (last, prefix) = segs.split_last()?;
    if last != "Handler" {
        return None;
    }
    let mut served: Vec<(&str, String, &'w [Func])> = world
        .interfaces
        .iter()
        .filter(|i| !i.funcs.is_empty())
        .map(|i| (i.module.as_str(), i.qualified.clone(), i.funcs.as_slice()))
        .collect();
    if !world.funcs.is_empty() {
        served.push((&world.funcs_module, world.qualified.clone(), &world.funcs));
    }
    match prefix.last() {
        Some(m) => {
            let m = m.trim_start_matches("r#");
            served.into_iter().find(|s| s.0 == m).map(|s| (s.1, s.2))
        }
        None if served.len() == 1 => served.pop().map(|s| (s.1, s.2)),
        None => None,
    }
}

struct Checker<'a> {
    world: &'a World,
    errors: &'a mut Errors,
    iface: &'a str,
}

fn unraw(i: &syn::Ident) -> String {
    i.to_string().trim_start_matches("r#").to_owned()
}

impl Checker<'_> {
    /// Returns whether the impl is free of errors.
    fn check(&mut self, imp: &syn::ItemImpl, funcs: &[Func]) -> bool {
        let start = self.errors.len();
        let mut seen = vec![false; funcs.len()];
        for it in &imp.items {
            let ImplItem::Fn(f) = it else { continue };
            let name = unraw(&f.sig.ident);
            match funcs.iter().position(|w| names::snake(&w.name) == name) {
                Some(i) => {
                    seen[i] = true;
                    self.function(&funcs[i], &f.sig);
                }
                None => self.errors.push(
                    f.sig.ident.span(),
                    format!(
                        "`{name}` is not a function of interface `{}`; WIT declares: {}",
                        self.iface,
                        funcs.iter().map(|f| names::snake(&f.name)).collect::<Vec<_>>().join(", ")
                    ),
                ),
            }
        }
        for (f, seen) in funcs.iter().zip(seen) {
            if !seen {
                self.errors.push(
                    imp.trait_.as_ref().map_or(imp.self_ty.span(), |t| t.0.span()),
                    format!(
                        "missing function `{}` of interface `{}`: WIT expects `{}`",
                        names::snake(&f.name),
                        self.iface,
                        self.signature(f)
                    ),
                );
            }
        }
        self.errors.len() == start
    }

    fn signature(&self, f: &Func) -> String {
        let ps: Vec<String> = f
            .params
            .iter()
            .map(|(n, t)| format!("{}: {}", names::snake(n), self.display(t)))
            .collect();
        let out = match &f.result {
            Some(t) => format!(" -> {}", self.display(t)),
            None => String::new(),
        };
        format!("async fn {}(&self, {}){out}", names::snake(&f.name), ps.join(", "))
    }

    fn function(&mut self, f: &Func, sig: &syn::Signature) {
        let name = names::snake(&f.name);
        let mut inputs = sig.inputs.iter();
        if !matches!(inputs.next(), Some(FnArg::Receiver(_))) {
            self.errors.push(sig.ident.span(), format!("`{name}` must take `&self`"));
            return;
        }
        let params: Vec<&Type> = inputs
            .filter_map(|a| match a {
                FnArg::Typed(t) => Some(&*t.ty),
                FnArg::Receiver(_) => None,
            })
            .collect();
        if params.len() != f.params.len() {
            self.errors.push(
                sig.paren_token.span.join(),
                format!(
                    "`{name}` takes {} parameter(s) in WIT, found {}: WIT expects `{}`",
                    f.params.len(),
                    params.len(),
                    self.signature(f)
                ),
            );
        } else {
            for ((pn, pt), user) in f.params.iter().zip(params) {
                if !self.matches(pt, user) {
                    self.errors.push(
                        user.span(),
                        format!(
                            "parameter `{}` of `{name}`: WIT expects `{}`",
                            names::snake(pn),
                            self.display(pt)
                        ),
                    );
                }
            }
        }
        let (out, span) = match output(sig) {
            Some(x) => x,
            None => {
                self.errors.push(
                    sig.ident.span(),
                    format!(
                        "`{name}` must be an `async fn` or return \
                         `impl Future<Output = ...> + Send`: WIT expects `{}`",
                        self.signature(f)
                    ),
                );
                return;
            }
        };
        let ok = match (&f.result, out) {
            (None, None) => true,
            (None, Some(t)) => matches!(t, Type::Tuple(t) if t.elems.is_empty()),
            (Some(_), None) => false,
            (Some(e), Some(t)) => self.matches(e, t),
        };
        if !ok {
            let want = f.result.as_ref().map_or_else(|| "()".to_owned(), |t| self.display(t));
            self.errors.push(span, format!("`{name}` returns `{want}` in WIT"));
        }
    }

    /// Whether the user's type spells `ty` (by the last path segment of each named type, so
    /// `Entry`, `store::Entry` and `self::store::Entry` all match).
    fn matches(&self, ty: &Ty, user: &Type) -> bool {
        let user = match user {
            Type::Paren(p) => return self.matches(ty, &p.elem),
            Type::Group(g) => return self.matches(ty, &g.elem),
            u => u,
        };
        if let Ty::Named(id) = ty {
            let def = &self.world.defs[*id];
            if let Some((n, args)) = last_segment(user)
                && args.is_empty()
                && n == names::camel(&def.name)
            {
                return true;
            }
            return match &def.kind {
                DefKind::Alias(t) => self.matches(t, user),
                _ => false,
            };
        }
        if let Ty::Tuple(ts) = ty {
            return matches!(user, Type::Tuple(u) if u.elems.len() == ts.len()
                && ts.iter().zip(&u.elems).all(|(t, u)| self.matches(t, u)));
        }
        let Some((n, args)) = last_segment(user) else { return false };
        let prim = |s: &str| n == s && args.is_empty();
        match ty {
            Ty::Bool => prim("bool"),
            Ty::U8 => prim("u8"),
            Ty::U16 => prim("u16"),
            Ty::U32 => prim("u32"),
            Ty::U64 => prim("u64"),
            Ty::S8 => prim("i8"),
            Ty::S16 => prim("i16"),
            Ty::S32 => prim("i32"),
            Ty::S64 => prim("i64"),
            Ty::F32 => prim("f32"),
            Ty::F64 => prim("f64"),
            Ty::Char => prim("char"),
            Ty::String => prim("String"),
            Ty::List(t) => n == "Vec" && matches!(args.as_slice(), [a] if self.matches(t, a)),
            Ty::Option(t) => n == "Option" && matches!(args.as_slice(), [a] if self.matches(t, a)),
            Ty::Result(ok, err) => {
                n == "Result"
                    && matches!(args.as_slice(), [a, b]
                        if self.matches_opt(ok.as_deref(), a) && self.matches_opt(err.as_deref(), b))
            }
            Ty::Tuple(_) | Ty::Named(_) => false,
        }
    }

    fn matches_opt(&self, ty: Option<&Ty>, user: &Type) -> bool {
        match ty {
            Some(t) => self.matches(t, user),
            None => matches!(user, Type::Tuple(t) if t.elems.is_empty()),
        }
    }

    /// `ty` as a user would write it in the module.
    fn display(&self, ty: &Ty) -> String {
        let opt =
            |t: &Option<Box<Ty>>| t.as_deref().map_or_else(|| "()".to_owned(), |t| self.display(t));
        match ty {
            Ty::Bool => "bool".into(),
            Ty::U8 => "u8".into(),
            Ty::U16 => "u16".into(),
            Ty::U32 => "u32".into(),
            Ty::U64 => "u64".into(),
            Ty::S8 => "i8".into(),
            Ty::S16 => "i16".into(),
            Ty::S32 => "i32".into(),
            Ty::S64 => "i64".into(),
            Ty::F32 => "f32".into(),
            Ty::F64 => "f64".into(),
            Ty::Char => "char".into(),
            Ty::String => "String".into(),
            Ty::List(t) => format!("Vec<{}>", self.display(t)),
            Ty::Option(t) => format!("Option<{}>", self.display(t)),
            Ty::Result(o, e) => format!("Result<{}, {}>", opt(o), opt(e)),
            Ty::Tuple(ts) => {
                let ts: Vec<String> = ts.iter().map(|t| self.display(t)).collect();
                if ts.len() == 1 { format!("({},)", ts[0]) } else { format!("({})", ts.join(", ")) }
            }
            Ty::Named(id) => {
                let def = &self.world.defs[*id];
                let name = names::camel(&def.name);
                match def.owner {
                    crate::ir::Owner::World => name,
                    crate::ir::Owner::Interface(i) => {
                        format!("{}::{name}", self.world.interfaces[i].module)
                    }
                }
            }
        }
    }
}

/// The last segment's name and its type arguments, for a path type.
fn last_segment(t: &Type) -> Option<(String, Vec<&Type>)> {
    let Type::Path(p) = t else { return None };
    if p.qself.is_some() {
        return None;
    }
    let seg = p.path.segments.last()?;
    let args = match &seg.arguments {
        syn::PathArguments::None => Vec::new(),
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        syn::PathArguments::Parenthesized(_) => return None,
    };
    Some((unraw(&seg.ident), args))
}

/// The output type of an `async fn` or of `fn -> impl Future<Output = T>`, with the span to
/// report at; `Some((None, _))` is `()`. `None` when the signature returns no future.
fn output(sig: &syn::Signature) -> Option<(Option<&Type>, Span)> {
    let span = match &sig.output {
        ReturnType::Default => sig.paren_token.span.join(),
        ReturnType::Type(_, t) => t.span(),
    };
    if sig.asyncness.is_some() {
        return Some((
            match &sig.output {
                ReturnType::Default => None,
                ReturnType::Type(_, t) => Some(&**t),
            },
            span,
        ));
    }
    let ReturnType::Type(_, t) = &sig.output else { return None };
    let Type::ImplTrait(it) = &**t else { return None };
    for b in &it.bounds {
        let syn::TypeParamBound::Trait(tb) = b else { continue };
        let seg = tb.path.segments.last()?;
        if seg.ident != "Future" {
            continue;
        }
        let syn::PathArguments::AngleBracketed(a) = &seg.arguments else { return None };
        for arg in &a.args {
            if let syn::GenericArgument::AssocType(at) = arg
                && at.ident == "Output"
            {
                return Some((Some(&at.ty), at.ty.span()));
            }
        }
    }
    None
}
