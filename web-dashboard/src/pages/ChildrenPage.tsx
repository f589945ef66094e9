export default function ChildrenPage() {
  return null;
}
