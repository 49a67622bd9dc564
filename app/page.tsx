export default function Home() {
  return <main className="p-8 text-brand-600">Kie Studio</main>;
}
