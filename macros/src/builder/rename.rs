//! `rename_fn(name)`: the attribute a function builder puts last on the
//! function it keeps under a hidden name, when attribute macros written
//! after `#[builder]` still have to run on it (see `function/`). By the
//! time this one runs they have, and saw the function's own name.

use proc_macro2::{TokenStream, TokenTree};

/// Renames the function in `item` (the first `fn name` at its top level)
/// to the identifier in `args`. Only generated code writes this attribute;
/// whatever else it meets it leaves as it is.
pub(crate) fn rename_fn(args: TokenStream, item: TokenStream) -> TokenStream {
    let Ok(name) = syn::parse2::<syn::Ident>(args) else {
        return item;
    };
    let mut after_fn = false;
    let mut renamed = false;
    item.into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(ident) if after_fn && !renamed => {
                renamed = true;
                TokenTree::Ident(syn::Ident::new(&name.to_string(), ident.span()))
            }
            tree => {
                after_fn = matches!(&tree, TokenTree::Ident(ident) if ident == "fn");
                tree
            }
        })
        .collect()
}
