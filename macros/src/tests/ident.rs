//! `util::ident`: raw and plain identifiers are one name.

use crate::util::ident::{mentions, param_names, same};
use proc_macro2::Ident;
use quote::quote;

#[test]
fn raw_and_plain_are_one_name() {
    let raw: Ident = syn::parse_str("r#T").unwrap();
    let plain: Ident = syn::parse_str("T").unwrap();
    assert!(same(&raw, &plain));
    assert!(mentions(&quote!(Vec<[r#T; 2]>), &["T".to_owned()]));
    assert!(mentions(&quote!(&'r#a u8), &["a".to_owned()]));
    assert!(!mentions(&quote!(Vec<U>), &["T".to_owned()]));
    let generics: syn::Generics = syn::parse_str("<'r#pin, r#T, const r#N: usize>").unwrap();
    assert_eq!(param_names(&generics), ["pin", "T", "N"]);
}

#[test]
fn canonical_text_unraws() {
    use crate::util::ident::canonical;
    assert_eq!(canonical(&quote!([r#T; N])), canonical(&quote!([T; r#N])));
    assert_ne!(canonical(&quote!(T)), canonical(&quote!(U)));
}
