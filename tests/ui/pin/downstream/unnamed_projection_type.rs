// Another crate names the projection of a type whose projection has no
// name: only the `project` method is public.
use vouch_fixture::pin::Plain;

fn count(projection: vouch_fixture::pin::PlainProj<'_, u8>) -> u32 {
    *projection.count
}

fn main() {
    let _ = Plain::<u8>::default();
    let _ = count;
}
