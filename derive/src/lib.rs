//! `#[derive(ReadObject)]`: serde's `Deserialize` for a struct with named
//! fields, read from a JSON object only.
//!
//! Serde's own derive reads a struct from an object or from an array of
//! its fields in order, and names each field in three ways (its name as
//! text, as bytes, and its place), each for every struct: about a
//! kilobyte of code per struct and per reader, though Pathway's JSON never
//! has a struct as an array. This one reads an object alone, finding each
//! key among the field names, and refusing a key twice, with one function
//! every struct shares (`named::Field`). It reads the same `#[serde(...)]`
//! field attributes serde's derives and the OpenAPI document do, so what a
//! struct accepts is written once: `default`, `with`, `rename`, and
//! `skip_serializing_if` (for writing only). Any other serde attribute is
//! refused at compile time, so nothing is read differently from what it
//! says.
//!
//! What it reads is what serde's derive reads from an object: unknown
//! keys are passed over, a key twice is refused, a missing `Option` is
//! `None`, a missing field with `default` is its default, any other
//! missing field is refused by name.
//!
//! The code it writes names `crate::named::Field`, so it derives only
//! within `pathway-app`, the shared model's crate.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::{format_ident, quote};
use syn::{parse_macro_input, Data, DeriveInput, Fields, LitStr, Type};

#[proc_macro_derive(ReadObject, attributes(serde))]
pub fn read_object(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// What a field's `#[serde(...)]` says about reading it.
struct Field<'a> {
    ident: &'a syn::Ident,
    ty: &'a Type,
    name: String,
    default: bool,
    with: Option<syn::Path>,
}

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    let refuse = |message: &str| Err(syn::Error::new_spanned(&input.ident, message));
    if !input.generics.params.is_empty() {
        return refuse(
            "ReadObject reads structs without generic parameters; use serde's Deserialize",
        );
    }
    if input.attrs.iter().any(|a| a.path().is_ident("serde")) {
        return refuse("ReadObject takes no #[serde(...)] on the struct; use serde's Deserialize");
    }
    let Data::Struct(data) = &input.data else {
        return refuse("ReadObject reads structs; enums are read by name (named::read)");
    };
    let Fields::Named(named) = &data.fields else {
        return refuse("ReadObject reads structs with named fields");
    };
    let fields = named
        .named
        .iter()
        .map(field)
        .collect::<syn::Result<Vec<_>>>()?;
    // `named::Field` keeps a bit for each field read.
    if fields.len() > 64 {
        return refuse("ReadObject reads structs of at most 64 fields");
    }

    let ty = &input.ident;
    let expecting = format!("struct {ty}");
    let names = fields.iter().map(|f| &f.name);
    let slots: Vec<_> = (0..fields.len())
        .map(|i| format_ident!("field_{i}"))
        .collect();
    let wrappers = fields.iter().enumerate().filter_map(|(i, f)| {
        let with = f.with.as_ref()?;
        let wrapper = format_ident!("With{i}");
        let field_ty = f.ty;
        Some(quote! {
            struct #wrapper(#field_ty);
            impl<'de> serde::Deserialize<'de> for #wrapper {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    #with::deserialize(d).map(#wrapper)
                }
            }
        })
    });
    let arms = fields.iter().zip(&slots).enumerate().map(|(i, (f, slot))| {
        let value = match &f.with {
            Some(_) => {
                let wrapper = format_ident!("With{i}");
                quote!(map.next_value::<#wrapper>()?.0)
            }
            None => quote!(map.next_value()?),
        };
        quote!(#i => #slot = Some(#value),)
    });
    // A field read without a value of its own is one that may be missing.
    let optional = |f: &Field| f.default || (f.with.is_none() && is_option(f.ty));
    let patterns = fields.iter().zip(&slots).map(|(f, slot)| {
        if optional(f) {
            quote!(#slot)
        } else {
            quote!(Some(#slot))
        }
    });
    let built = fields.iter().zip(&slots).map(|(f, slot)| {
        let ident = f.ident;
        if optional(f) {
            quote!(#ident: #slot.unwrap_or_default())
        } else {
            quote!(#ident: #slot)
        }
    });
    let required: Vec<_> = fields
        .iter()
        .zip(&slots)
        .filter(|(f, _)| !optional(f))
        .map(|(f, slot)| (&f.name, slot))
        .collect();
    // The first field missing, in the order the struct has them, as serde's
    // derive names it.
    let missing = (!required.is_empty()).then(|| {
        let checks = required
            .iter()
            .map(|(name, slot)| quote!(if #slot.is_none() { #name } else));
        quote! {
            (#(#slots,)*) => Err(serde::de::Error::missing_field(#(#checks)* { "" })),
        }
    });
    let tys = fields.iter().map(|f| f.ty);

    // Each way out of reading the keys is a plain return, since the fields
    // read so far are dropped in one place, after it: one drop of each per
    // struct, rather than one at every way out.
    Ok(quote! {
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = #ty;

                    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
                        f.write_str(#expecting)
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<#ty, A::Error> {
                        #(#wrappers)*
                        const NAMES: &[&str] = &[#(#names),*];
                        #(let mut #slots: Option<#tys> = None;)*
                        let mut seen = 0u64;
                        let mut read = || -> Result<(), A::Error> {
                            while let Some(key) = map.next_key_seed(crate::named::Field {
                                names: NAMES,
                                seen: &mut seen,
                            })? {
                                match key {
                                    #(#arms)*
                                    _ => {
                                        map.next_value::<serde::de::IgnoredAny>()?;
                                    }
                                }
                            }
                            Ok(())
                        };
                        read()?;
                        match (#(#slots,)*) {
                            (#(#patterns,)*) => Ok(#ty { #(#built),* }),
                            #missing
                        }
                    }
                }
                deserializer.deserialize_map(Visitor)
            }
        }
    })
}

fn field(f: &syn::Field) -> syn::Result<Field<'_>> {
    let Some(ident) = &f.ident else {
        return Err(syn::Error::new_spanned(f, "a field with no name"));
    };
    let mut read = Field {
        ident,
        ty: &f.ty,
        name: ident.to_string().trim_start_matches("r#").to_owned(),
        default: false,
        with: None,
    };
    for attr in f.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                if meta.input.peek(syn::Token![=]) {
                    return Err(meta.error("ReadObject reads `default` without a function"));
                }
                read.default = true;
            } else if meta.path.is_ident("with") {
                let path: LitStr = meta.value()?.parse()?;
                read.with = Some(path.parse()?);
            } else if meta.path.is_ident("rename") {
                let name: LitStr = meta.value()?.parse()?;
                read.name = name.value();
            } else if meta.path.is_ident("skip_serializing_if") {
                // Only for writing.
                let _: LitStr = meta.value()?.parse()?;
            } else {
                return Err(meta.error("ReadObject does not read this serde attribute"));
            }
            Ok(())
        })?;
    }
    Ok(read)
}

/// `Option<…>` as written: a missing one is `None`, as serde's derive has it.
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Option"),
        _ => false,
    }
}
